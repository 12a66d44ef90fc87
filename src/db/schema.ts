import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Skill } from "../questions/types";

/** How questions are released in a session: each student at their own pace, or one at a time by the instructor. */
export type Pacing = "self" | "instructor";

/** A classroom session: the questions it asks, how it runs, and the digest of its instructor key. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text().primaryKey(),
    joinCode: text().notNull(),
    title: text().notNull(),
    /** Hex SHA-256 of the instructor key; the key itself is shown once and never stored. */
    instructorKeyDigest: text().notNull(),
    /** Question ids from the question bank, in the session's own order. */
    questionIds: text({ mode: "json" }).$type<string[]>().notNull(),
    /** The article slugs and skills the instructor chose; empty means all. */
    articles: text({ mode: "json" }).$type<string[]>().notNull(),
    skills: text({ mode: "json" }).$type<Skill[]>().notNull(),
    pacing: text({ enum: ["self", "instructor"] })
      .$type<Pacing>()
      .notNull()
      .default("self"),
    /** Seconds allowed per question; null means no time limit. */
    timerSeconds: integer(),
    leaderboard: integer({ mode: "boolean" }).notNull().default(false),
    shuffle: integer({ mode: "boolean" }).notNull().default(true),
    /** Instructor-paced sessions: how many questions the instructor has opened so far. */
    openCount: integer().notNull().default(0),
    /**
     * Instructor-paced sessions: how many questions have had their answer revealed on the projector. Revealing
     * the open question reveals (and closes to answers) every question up to it: revealedCount ≤ openCount.
     */
    revealedCount: integer().notNull().default(0),
    /** When the instructor opened the latest question: the projector's countdown runs from it. */
    questionOpenedAt: integer({ mode: "timestamp_ms" }),
    locked: integer({ mode: "boolean" }).notNull().default(false),
    /** Students see whether they were right, the right option and why only once the session has ended. */
    feedbackAfterEnd: integer({ mode: "boolean" }).notNull().default(false),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    endedAt: integer({ mode: "timestamp_ms" }),
  },
  (table) => [uniqueIndex("sessions_join_code").on(table.joinCode)],
);

/** A student in a session, known by nickname; no account, only a token in a cookie and a rejoin PIN. */
export const participants = sqliteTable(
  "participants",
  {
    id: text().primaryKey(),
    sessionId: text()
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    nickname: text().notNull(),
    /** The nickname folded for comparison, so "Sam" and "sam" cannot both join. */
    nicknameKey: text().notNull(),
    /** Hex SHA-256 of the secret half of the participant token. */
    tokenDigest: text().notNull(),
    /** Hex SHA-256 of the rejoin PIN, salted with the participant id. */
    pinDigest: text().notNull(),
    rejoinFailures: integer().notNull().default(0),
    /** Seeds this participant's question order and option order. */
    seed: integer().notNull(),
    joinedAt: integer({ mode: "timestamp_ms" }).notNull(),
    finishedAt: integer({ mode: "timestamp_ms" }),
    /** No longer written: served_questions keeps when each question was first served (kept, unused). */
    shownQuestionId: text(),
    shownAt: integer({ mode: "timestamp_ms" }),
  },
  (table) => [uniqueIndex("participants_session_nickname").on(table.sessionId, table.nicknameKey)],
);

/** One participant's answer to one question; the first answer stands. */
export const answers = sqliteTable(
  "answers",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    sessionId: text()
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    participantId: text()
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    questionId: text().notNull(),
    /** Null when the time ran out before an option was chosen. */
    optionId: text(),
    correct: integer({ mode: "boolean" }).notNull(),
    timedOut: integer({ mode: "boolean" }).notNull().default(false),
    responseMs: integer().notNull(),
    answeredAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    uniqueIndex("answers_participant_question").on(table.participantId, table.questionId),
    index("answers_session").on(table.sessionId),
  ],
);

/**
 * When each question was first served to a participant: a timed question's clock starts there and never
 * restarts, however often the page is reloaded or the API asked again.
 */
export const servedQuestions = sqliteTable(
  "served_questions",
  {
    participantId: text()
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    questionId: text().notNull(),
    servedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.participantId, table.questionId] })],
);

/**
 * One failed join-code guess (an unknown code) from one client, kept for an hour: counting them exactly
 * bounds guessing at 100 failures an hour per client.
 */
export const joinFailures = sqliteTable(
  "join_failures",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** The client's address (CF-Connecting-IP). */
    client: text().notNull(),
    failedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("join_failures_client_time").on(table.client, table.failedAt)],
);

/** A fixed quiz an instructor published as a shareable link. */
export const quizzes = sqliteTable(
  "quizzes",
  {
    id: text().primaryKey(),
    title: text().notNull(),
    questionIds: text({ mode: "json" }).$type<string[]>().notNull(),
    /** The session it was published from; kept as a plain value so deleting the session keeps the quiz. */
    sourceSessionId: text(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("quizzes_source_session").on(table.sourceSessionId)],
);

/** One play of the public quiz; its unguessable id in the address is the only key to it. */
export const attempts = sqliteTable("attempts", {
  id: text().primaryKey(),
  /** The published quiz played, or null for a quiz drawn from the bank. */
  quizId: text().references(() => quizzes.id, { onDelete: "set null" }),
  questionIds: text({ mode: "json" }).$type<string[]>().notNull(),
  seed: integer().notNull(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  finishedAt: integer({ mode: "timestamp_ms" }),
  shownQuestionId: text(),
  shownAt: integer({ mode: "timestamp_ms" }),
});

/** One answer in a public quiz attempt; the first answer stands. */
export const attemptAnswers = sqliteTable(
  "attempt_answers",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    attemptId: text()
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    questionId: text().notNull(),
    optionId: text().notNull(),
    correct: integer({ mode: "boolean" }).notNull(),
    responseMs: integer().notNull(),
    answeredAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [uniqueIndex("attempt_answers_attempt_question").on(table.attemptId, table.questionId)],
);

export type SessionRow = typeof sessions.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;
export type ServedQuestionRow = typeof servedQuestions.$inferSelect;
export type QuizRow = typeof quizzes.$inferSelect;
export type AttemptRow = typeof attempts.$inferSelect;
export type AttemptAnswerRow = typeof attemptAnswers.$inferSelect;
