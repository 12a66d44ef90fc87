import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { findBundledQuestion } from "../../src/catalog/catalog";
import { findArticleInfo } from "../../src/quiz/article-info";
import { postJson } from "./http";

export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  instructorKey: string;
  joinUrl: string;
  dashboardUrl: string;
  questionCount: number;
}

export interface JoinedStudent {
  participantId: string;
  participantToken: string;
  rejoinPin: string;
  questions: { id: string; skill: string; prompt: string; options: { id: string; text: string }[] }[];
}

/** Creates a session through the JSON API (a fresh one per test: no shared fixtures). */
export async function createSession(settings: Record<string, unknown> = {}): Promise<CreatedSession> {
  const response = await postJson("/api/sessions", {
    title: "Media literacy 9B",
    questionCount: 6,
    ...settings,
  });
  if (response.status !== 201)
    throw new Error(`session not created: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedSession;
}

/** Joins a session through the JSON API. */
export async function joinStudent(joinCode: string, nickname: string): Promise<JoinedStudent> {
  const response = await postJson(`/api/sessions/${joinCode}/join`, { nickname });
  if (response.status !== 201) throw new Error(`could not join: ${response.status} ${await response.text()}`);
  return (await response.json()) as JoinedStudent;
}

/** A question as the API serves it. */
export type ServedQuestion = JoinedStudent["questions"][number];

/** Asks the JSON API for the student's next question (a timed session serves them one at a time). */
export async function nextQuestion(joinCode: string, student: JoinedStudent): Promise<ServedQuestion> {
  const response = await postJson(`/api/sessions/${joinCode}/next`, {
    participantToken: student.participantToken,
  });
  const body = (await response.json()) as { question?: ServedQuestion };
  if (response.status !== 200 || !body.question) throw new Error(`no next question: ${response.status}`);
  return body.question;
}

/** Moves back the time every question was served to a participant, as if it had been on screen that long. */
/** The join code D1 holds for a session ("" when there is none). */
export async function joinCodeOf(sessionId: string): Promise<string> {
  const row = await env.DB.prepare("select join_code from sessions where id = ?")
    .bind(sessionId)
    .first<{ join_code: string }>();
  return row?.join_code ?? "";
}

/** The id D1 holds for a participant of a session, by nickname ("" when there is none). */
export async function participantIdOf(sessionId: string, nickname: string): Promise<string> {
  const row = await env.DB.prepare("select id from participants where session_id = ? and nickname = ?")
    .bind(sessionId, nickname)
    .first<{ id: string }>();
  return row?.id ?? "";
}

export async function backdateServed(participantId: string, ms: number): Promise<void> {
  await env.DB.prepare("update served_questions set served_at = served_at - ? where participant_id = ?")
    .bind(ms, participantId)
    .run();
}

/** Answers through the JSON API. */
export function answer(joinCode: string, student: JoinedStudent, questionId: string, optionId: string) {
  return postJson(`/api/sessions/${joinCode}/answers`, {
    participantToken: student.participantToken,
    questionId,
    optionId,
  });
}

function bankQuestion(questionId: string) {
  const question = findBundledQuestion(questionId);
  if (!question) throw new Error(`no question ${questionId} in the bank`);
  return question;
}

/** The bank's correct option for a question: the specs know the answer key, students do not. */
export function correctOption(questionId: string): string {
  return bankQuestion(questionId).correctOptionId;
}

/** Some option of the question that is not the correct one. */
export function wrongOption(questionId: string): string {
  const question = bankQuestion(questionId);
  const wrong = question.options.find((option) => option.id !== question.correctOptionId);
  if (!wrong) throw new Error(`question ${questionId} has no wrong option`);
  return wrong.id;
}

/** The full question from the bank. */
export function questionFromBank(questionId: string) {
  return bankQuestion(questionId);
}

/** The value of the hidden questionId field of a question page. */
export function questionIdOnPage(html: string): string {
  const match = /name="questionId" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no question form on the page");
  return decodeEntities(match[1]);
}

/** The option ids of the radio buttons on a question page, in page order. */
export function optionIdsOnPage(html: string): string[] {
  return [...html.matchAll(/name="optionId" id="[^"]+" value="([^"]+)"/g)].map((match) =>
    decodeEntities(match[1] ?? ""),
  );
}

/** Undoes the HTML escaping hono/jsx applies to attribute values and text. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The page's text without tags, entities decoded and spaces collapsed, for reading like a person would. */
export function pageText(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** True when two of these questions are about the same passage of the same article. */
export function askTwiceAboutOnePassage(questionIds: readonly string[]): boolean {
  const questions = questionIds.flatMap((id) => findBundledQuestion(id) ?? []);
  return questions.some((question, index) =>
    questions
      .slice(index + 1)
      .some(
        (other) =>
          other.articleSlug === question.articleSlug &&
          other.passages.some((one) =>
            question.passages.some((two) => one.start < two.end && two.start < one.end),
          ),
      ),
  );
}

/**
 * The question page shows the passage the question is about, word for word as the article reads (markup
 * hidden), without marking the evidence, and links to the whole article as written.
 */
export function expectPassageShownUnmarked(html: string, questionId: string): void {
  const question = questionFromBank(questionId);
  const article = findArticleInfo(question.articleSlug);
  const section = /<section class="passage"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  expect(section, "no passage on the question page").not.toBe("");
  expect(section).not.toContain("<mark");
  expect(section).toContain(`href="/articles/${question.articleSlug}/text"`);
  const words = (text: string) => text.match(/[A-Za-z]{4,}/g) ?? [];
  const shown = new Set(words(pageText(section)));
  for (const passage of question.passages) {
    const passageWords = words(article?.text.slice(passage.start, passage.end) ?? "");
    const missing = passageWords.filter((word) => !shown.has(word));
    expect(missing.length, `words of the passage missing: ${missing.join(" ")}`).toBeLessThanOrEqual(
      passageWords.length / 10,
    );
  }
}
