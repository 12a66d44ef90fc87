import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { MAX_PARTICIPANTS } from "../classroom/join-session";
import { nicknameKey } from "../classroom/nickname";
import { resetRejoinFailures } from "../classroom/queries";
import type { Db } from "../db/client";
import type { SessionRow } from "../db/schema";
import { createRouter } from "../http/app";
import { overLimit } from "../http/rate-limit";
import { noStore } from "../http/security";
import { describeProblems, validate } from "../http/validate";
import { currentLibrary } from "../library/library-auth";
import { createSessionWithLibrary, type LibraryChoice, listLibraryChoices } from "../library/session-pool";
import { announceRemoval, announceSessionChange } from "../live/notify";
import { listArticleTitles, sessionBundledArticles } from "../quiz/article-info";
import { findQuestions } from "../quiz/question-bank";
import { randomBase64Url } from "../security/secrets";
import {
  clearInstructorCookie,
  setInstructorCookie,
  setNewKeyFlash,
  takeNewKeyFlash,
} from "../sessions/instructor-cookie";
import { instructorKeyMatches } from "../sessions/instructor-key";
import { type SessionForm, sessionSettingsSchema, settingsFromForm } from "../sessions/session-settings";
import { summariseSession } from "./dashboard-figures";
import { type InstructorEnv, instructorOnly, rememberedSessions } from "./instructor-auth";
import {
  deleteSessionData,
  endSession,
  findSessionById,
  insertQuiz,
  listQuizzesFromSession,
  loadSessionRows,
  openNextQuestion,
  removeParticipantByNickname,
  removeParticipantsByNicknames,
  removeParticipantsWithoutAnswers,
  setJoiningLocked,
} from "./queries";
import {
  DashboardLive,
  DashboardPage,
  DEFAULT_FORM_VALUES,
  InstructorKeyPage,
  NewSessionPage,
  type SessionFormValues,
} from "./views";

const sessionParam = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "This is not the address of a session."),
});

/** The create-session form's fields as its labels name them, for error messages a teacher can place. */
const FORM_FIELD_LABELS = {
  title: "Title",
  questionCount: "Number of questions",
  articles: "Articles",
  skills: "Skills",
  pacing: "Pace",
  timerSeconds: "Seconds per question",
};

const PAGES = ["dashboard", "present"] as const;
const keyForm = z.object({
  key: z.string().trim().max(200).default(""),
  opens: z.enum(PAGES, { error: "opens is dashboard or present." }).default("dashboard"),
});
/** The page a control's form came from, to go back to it: the dashboard unless the projector says so. */
const fromForm = z.object({
  from: z.enum(PAGES, { error: "from is dashboard or present." }).default("dashboard"),
});
const nicknameForm = z.object({
  nickname: z
    .string({ error: "Say which student: send their nickname." })
    .min(1, "Say which student.")
    .max(200),
});
/** The roster's ticked nicknames: one field per tick, at most the largest class. */
const selectedForm = z.object({
  selected: z
    .union([z.string().max(200), z.array(z.string().max(200))], {
      error: "Tick the students to remove first.",
    })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .refine((nicknames) => nicknames.length <= MAX_PARTICIPANTS, {
      message: `Remove at most ${MAX_PARTICIPANTS} students at once.`,
    }),
});
const lockForm = z.object({ locked: z.enum(["true", "false"], { error: "locked is true or false." }) });

/** The instructor's pages under /sessions: create a session, the dashboard and its controls. */
export const instructorRoutes = createRouter();

// The dashboard shows the new instructor key and every student's answers; the form lists the sessions.
instructorRoutes.use(noStore);

/** The library articles this browser's library key offers (with kept questions), or none without a library. */
async function libraryChoicesOf(c: Context): Promise<LibraryChoice[]> {
  const library = await currentLibrary(c, c.var.db);
  return library ? listLibraryChoices(c.var.db, library.id) : [];
}

instructorRoutes.get("/new", async (c) => {
  const notice = c.req.query("deleted") === "1" ? "The session and all its data were deleted." : undefined;
  const remembered = await rememberedSessions(c, c.var.db);
  return c.html(
    <NewSessionPage
      articles={listArticleTitles()}
      libraryArticles={await libraryChoicesOf(c)}
      values={defaultValues()}
      remembered={remembered}
      notice={notice}
    />,
  );
});

instructorRoutes.post("/", async (c) => {
  const form = (await c.req.parseBody({ all: true })) as SessionForm;
  const parsed = sessionSettingsSchema.safeParse(settingsFromForm(form));
  const formAgain = async (error: string, status: 400 | 429 = 400) =>
    c.html(
      <NewSessionPage
        articles={listArticleTitles()}
        libraryArticles={await libraryChoicesOf(c)}
        values={formValues(form)}
        remembered={await rememberedSessions(c, c.var.db)}
        error={error}
      />,
      status,
    );
  if (!parsed.success) return formAgain(describeProblems(parsed.error.issues, FORM_FIELD_LABELS));
  const refused = await overLimit(c, "SESSION_LIMITER");
  if (refused) return formAgain(refused.message, 429);
  const library = await currentLibrary(c, c.var.db);
  const created = await createSessionWithLibrary(c.var.db, library, parsed.data, new Date());
  if (!created.ok) return formAgain(created.message);
  const { session, instructorKey } = created.value;
  setInstructorCookie(c, session.id, instructorKey);
  setNewKeyFlash(c, session.id, instructorKey);
  return c.redirect(`/sessions/${session.id}/dashboard`, 303);
});

instructorRoutes.get(
  "/:sessionId/dashboard",
  validate("param", sessionParam),
  instructorOnly({ askForKey: true }),
  async (c) => {
    const { db, session } = c.var;
    const origin = new URL(c.req.url).origin;
    const [figures, quizzes] = await Promise.all([
      sessionFigures(db, session),
      listQuizzesFromSession(db, session.id),
    ]);
    return c.html(
      <DashboardPage
        session={session}
        joinUrl={`${origin}/join/${session.joinCode}`}
        newKey={takeNewKeyFlash(c, session.id)}
        figures={figures}
        quizzes={quizzes}
        origin={origin}
        now={new Date()}
        toLibrary={(await currentLibrary(c, db)) ? sessionBundledArticles(session) : undefined}
      />,
    );
  },
);

instructorRoutes.get("/:sessionId/live", validate("param", sessionParam), instructorOnly(), async (c) => {
  const figures = await sessionFigures(c.var.db, c.var.session);
  c.header("cache-control", "no-store");
  return c.html(<DashboardLive session={c.var.session} figures={figures} now={new Date()} />);
});

instructorRoutes.post(
  "/:sessionId/key",
  validate("param", sessionParam),
  validate("form", keyForm),
  async (c) => {
    const { sessionId } = c.req.valid("param");
    const { key, opens } = c.req.valid("form");
    const session = await findSessionById(c.var.db, sessionId);
    if (!session)
      throw new HTTPException(404, {
        message: "There is no session with this id. It may have been deleted.",
      });
    if (!(await instructorKeyMatches(key, session.instructorKeyDigest))) {
      const error = key
        ? "That key does not open this session. Check it and try again."
        : "Enter the instructor key.";
      return c.html(
        <InstructorKeyPage sessionId={sessionId} title={session.title} error={error} opens={opens} />,
        key ? 403 : 400,
      );
    }
    setInstructorCookie(c, sessionId, key);
    return c.redirect(`/sessions/${sessionId}/${opens}`, 303);
  },
);

instructorRoutes.post(
  "/:sessionId/lock",
  validate("param", sessionParam),
  validate("form", lockForm),
  instructorOnly(),
  async (c) => {
    await setJoiningLocked(c.var.db, c.var.session.id, c.req.valid("form").locked === "true");
    return backToDashboard(c, c.var.session.id);
  },
);

instructorRoutes.post(
  "/:sessionId/end",
  validate("param", sessionParam),
  validate("form", fromForm),
  instructorOnly(),
  async (c) => {
    await endSession(c.var.db, c.var.session.id, new Date());
    await announceSessionChange(c.env, c.var.session.id);
    return c.redirect(`/sessions/${c.var.session.id}/${c.req.valid("form").from}`, 303);
  },
);

instructorRoutes.post(
  "/:sessionId/next",
  validate("param", sessionParam),
  validate("form", fromForm),
  instructorOnly(),
  async (c) => {
    const { db, session } = c.var;
    if (session.pacing !== "instructor") {
      throw new HTTPException(409, {
        message: "This session is self-paced: every question is open already.",
      });
    }
    await openNextQuestion(db, session, new Date());
    await announceSessionChange(c.env, session.id);
    return c.redirect(`/sessions/${session.id}/${c.req.valid("form").from}`, 303);
  },
);

instructorRoutes.post(
  "/:sessionId/remove",
  validate("param", sessionParam),
  validate("form", nicknameForm),
  instructorOnly(),
  async (c) => {
    const { db, session } = c.var;
    const { nickname } = c.req.valid("form");
    if (!(await removeParticipantByNickname(db, session.id, nicknameKey(nickname)))) {
      throw new HTTPException(404, {
        message: `Nobody called "${nickname}" is in this session (already removed?).`,
      });
    }
    await announceRemoval(c.env, session.id);
    return backToDashboard(c, session.id);
  },
);

instructorRoutes.post(
  "/:sessionId/remove-many",
  validate("param", sessionParam),
  validate("form", selectedForm),
  instructorOnly(),
  async (c) => {
    const keys = c.req.valid("form").selected.map(nicknameKey);
    return afterRemoval(c, await removeParticipantsByNicknames(c.var.db, c.var.session.id, keys));
  },
);

instructorRoutes.post(
  "/:sessionId/remove-idle",
  validate("param", sessionParam),
  instructorOnly(),
  async (c) => {
    return afterRemoval(c, await removeParticipantsWithoutAnswers(c.var.db, c.var.session.id));
  },
);

instructorRoutes.post(
  "/:sessionId/pin-reset",
  validate("param", sessionParam),
  validate("form", nicknameForm),
  instructorOnly(),
  async (c) => {
    const { db, session } = c.var;
    const { nickname } = c.req.valid("form");
    if (!(await resetRejoinFailures(db, session.id, nicknameKey(nickname)))) {
      throw new HTTPException(404, { message: `Nobody called "${nickname}" is in this session.` });
    }
    return backToDashboard(c, session.id);
  },
);

instructorRoutes.post(
  "/:sessionId/delete",
  validate("param", sessionParam),
  validate(
    "form",
    z.object({ confirm: z.literal("yes", { error: "Tick the box to confirm the deletion." }) }),
  ),
  instructorOnly(),
  async (c) => {
    await deleteSessionData(c.var.db, c.var.session.id);
    await announceSessionChange(c.env, c.var.session.id);
    clearInstructorCookie(c, c.var.session.id);
    return c.redirect("/sessions/new?deleted=1", 303);
  },
);

instructorRoutes.post("/:sessionId/publish", validate("param", sessionParam), instructorOnly(), async (c) => {
  const { db, session } = c.var;
  await insertQuiz(db, {
    id: randomBase64Url(12),
    title: session.title,
    questionIds: session.questionIds,
    sourceSessionId: session.id,
    createdAt: new Date(),
  });
  return backToDashboard(c, session.id);
});

/** The dashboard figures of a session, from its rows and the question bank. */
export async function sessionFigures(db: Db, session: SessionRow) {
  const rows = await loadSessionRows(db, session.id);
  return summariseSession({ questions: await findQuestions(db, session.questionIds), ...rows });
}

/** After removing `removed` students at once: the live room recounts when anyone left; back to the dashboard. */
async function afterRemoval(c: Context<InstructorEnv>, removed: number) {
  if (removed > 0) await announceRemoval(c.env, c.var.session.id);
  return backToDashboard(c, c.var.session.id);
}

function backToDashboard(c: Context, sessionId: string) {
  return c.redirect(`/sessions/${sessionId}/dashboard`, 303);
}

function defaultValues(): SessionFormValues {
  return {
    ...DEFAULT_FORM_VALUES,
    articles: listArticleTitles().map((article) => article.slug),
    libraryArticles: [],
  };
}

/** The form as typed, to show it again with an error. */
function formValues(form: SessionForm): SessionFormValues {
  const texts = (value: SessionForm[string]) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
      (item): item is string => typeof item === "string",
    );
  const first = (value: SessionForm[string]) => texts(value)[0] ?? "";
  return {
    title: first(form.title),
    questionCount: first(form.questionCount),
    articles: texts(form.articles),
    libraryArticles: texts(form.libraryArticles),
    skills: texts(form.skills),
    pacing: first(form.pacing),
    timed: form.timed !== undefined,
    timerSeconds: first(form.timerSeconds),
    leaderboard: form.leaderboard !== undefined,
    shuffle: form.shuffle !== undefined,
    withholdAnswers: form.withholdAnswers !== undefined,
  };
}
