import { z } from "zod";
import { SKILLS } from "../questions/types";
import { isBundledSlug } from "../quiz/article-info";

export const MAX_QUESTIONS = 30;
export const TIMER_MIN_SECONDS = 10;
export const TIMER_MAX_SECONDS = 600;

/** What an instructor chooses when creating a session; every field but the title has a default. */
export const sessionSettingsSchema = z.object({
  title: z
    .string({ error: "Give the session a title." })
    .trim()
    .min(1, "Give the session a title.")
    .max(80, "Keep the title to 80 characters or fewer."),
  questionCount: z
    .number({ error: "questionCount must be a whole number." })
    .int("questionCount must be a whole number.")
    .min(1, "Ask at least 1 question.")
    .max(MAX_QUESTIONS, `Ask at most ${MAX_QUESTIONS} questions.`)
    .default(10),
  skills: z
    .array(z.enum(SKILLS, { error: `Skills are ${SKILLS.join(", ")}.` }), { error: "skills must be a list." })
    .default([]),
  articles: z
    .array(
      z
        .string()
        .refine(isBundledSlug, { error: "Unknown article; GET /api/articles lists the article slugs." }),
      { error: "articles must be a list of article slugs." },
    )
    .default([]),
  libraryArticles: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{16}$/, "A library article id is 16 letters, digits, - or _."), {
      error: "libraryArticles must be a list of library article ids.",
    })
    .max(50, "Choose at most 50 library articles.")
    .default([]),
  pacing: z.enum(["self", "instructor"], { error: 'pacing is "self" or "instructor".' }).default("self"),
  timerSeconds: z
    .number({ error: "timerSeconds must be a whole number of seconds, or null for no time limit." })
    .int("timerSeconds must be a whole number of seconds.")
    .min(TIMER_MIN_SECONDS, `A time limit is at least ${TIMER_MIN_SECONDS} seconds.`)
    .max(TIMER_MAX_SECONDS, `A time limit is at most ${TIMER_MAX_SECONDS} seconds.`)
    .nullable()
    .default(null),
  leaderboard: z.boolean({ error: "leaderboard is true or false." }).default(false),
  shuffle: z.boolean({ error: "shuffle is true or false." }).default(true),
  withholdAnswers: z.boolean({ error: "withholdAnswers is true or false." }).default(false),
});

export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

/** The create-session form's fields as sent by a browser (checkboxes absent when unticked). */
export type SessionForm = Record<string, string | string[] | File | File[] | undefined>;

function list(value: SessionForm[string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string");
}

function text(value: SessionForm[string]): string | undefined {
  return list(value)[0];
}

/**
 * The form's fields as the settings object the schema checks: numbers from text, ticked checkboxes as
 * true, unticked as false ("shuffle" is ticked by default in the form, so unticking it turns it off).
 */
export function settingsFromForm(form: SessionForm): unknown {
  const count = text(form.questionCount)?.trim();
  const timer = text(form.timerSeconds)?.trim();
  return {
    title: text(form.title) ?? "",
    questionCount: count ? Number(count) : undefined,
    skills: list(form.skills),
    articles: list(form.articles),
    libraryArticles: list(form.libraryArticles),
    pacing: text(form.pacing) ?? "self",
    timerSeconds: text(form.timed) && timer ? Number(timer) : null,
    leaderboard: text(form.leaderboard) !== undefined,
    shuffle: text(form.shuffle) !== undefined,
    withholdAnswers: text(form.withholdAnswers) !== undefined,
  };
}
