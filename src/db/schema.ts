import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Question, Skill } from "../questions/types";

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
    /**
     * Students see no answer key, right/wrong, explanation or evidence until the session ends, so a classmate
     * answering under a second nickname learns nothing to pass on while the session runs.
     */
    withholdAnswers: integer({ mode: "boolean" }).notNull().default(false),
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
 * A wrong join code a client sent (a session lookup that found nothing): at most 100 are answered per client in
 * any hour (ASVS 2.2.1), counted exactly. Successful joins are never counted; rows older than an hour are
 * pruned as new lookups come in.
 */
export const joinCodeFailures = sqliteTable(
  "join_code_failures",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** The client's address (an IPv6 address as its /64), or a fixed key when the request carries none. */
    clientKey: text().notNull(),
    at: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    index("join_code_failures_client_at").on(table.clientKey, table.at),
    index("join_code_failures_at").on(table.at),
  ],
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

/** A teacher's library of their own articles; no account, only the digest of its library key. */
export const libraries = sqliteTable("libraries", {
  id: text().primaryKey(),
  /** Hex SHA-256 of the library key; the key itself is shown once and never stored. */
  keyDigest: text().notNull(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull(),
});

/** An article a teacher added to a library, with the analysis the engine made of it. */
export const libraryArticles = sqliteTable(
  "library_articles",
  {
    id: text().primaryKey(),
    libraryId: text()
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    title: text().notNull(),
    /** Exactly the text analysed: every evidence offset points into it. */
    text: text().notNull(),
    /** The ArticleAnalysis as JSON, kept so the review page need not analyse again. */
    analysis: text({ mode: "json" }).notNull(),
    /** The engine (analysis and question builders) that analysed the text and built the questions. */
    engineVersion: text().notNull(),
    /** When the teacher confirmed they may share the article's text publicly; null while it is private. */
    shareConfirmedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("library_articles_library").on(table.libraryId)],
);

/** How a teacher has reviewed a generated question. */
export type ReviewStatus = "pending" | "kept" | "dropped";

/** A question built for a library article, and the teacher's review of it. */
export const libraryQuestions = sqliteTable(
  "library_questions",
  {
    id: text().primaryKey(),
    articleId: text()
      .notNull()
      .references(() => libraryArticles.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    status: text({ enum: ["pending", "kept", "dropped"] })
      .$type<ReviewStatus>()
      .notNull()
      .default("pending"),
    /** The question as the teacher last left it (generated, or edited). */
    question: text({ mode: "json" }).$type<Question>().notNull(),
    edited: integer({ mode: "boolean" }).notNull().default(false),
    /** The engine that built the question; an edited question keeps the version it was built by. */
    engineVersion: text().notNull(),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("library_questions_article").on(table.articleId)],
);

/** Who changed what in a library's questions: one row per review action, never updated. */
export const libraryEdits = sqliteTable(
  "library_edits",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    articleId: text()
      .notNull()
      .references(() => libraryArticles.id, { onDelete: "cascade" }),
    questionId: text(),
    /** The name the teacher gave when reviewing ("Ms Osei"); "teacher" when none was given. */
    editor: text().notNull(),
    action: text({ enum: ["keep", "drop", "edit", "reanalyse", "rename", "publish"] }).notNull(),
    /** For an edit, each changed field with its value before and after. */
    changes: text({ mode: "json" }).$type<Record<string, { before: unknown; after: unknown }>>(),
    at: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("library_edits_article").on(table.articleId)],
);

/**
 * A library question exactly as a session or a published quiz used it. Its id (the question id and a hash of
 * its content) is what sessions, quizzes and answers record, so deleting or editing the article later leaves
 * their questions, answers and exports as they were.
 */
export const questionSnapshots = sqliteTable(
  "question_snapshots",
  {
    id: text().primaryKey(),
    /** The library whose question it was; kept as a plain value so deleting the library keeps it. */
    libraryId: text().notNull(),
    articleId: text().notNull(),
    question: text({ mode: "json" }).$type<Question>().notNull(),
    createdAt: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("question_snapshots_article").on(table.articleId)],
);

/** A session or published quiz that used a library article's questions, for the library's list. */
export const libraryArticleUses = sqliteTable(
  "library_article_uses",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    articleId: text()
      .notNull()
      .references(() => libraryArticles.id, { onDelete: "cascade" }),
    kind: text({ enum: ["session", "quiz"] }).notNull(),
    /** The session id or the quiz id. */
    targetId: text().notNull(),
    title: text().notNull(),
    at: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (table) => [index("library_article_uses_article").on(table.articleId)],
);

export type SessionRow = typeof sessions.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;
export type ServedQuestionRow = typeof servedQuestions.$inferSelect;
export type QuizRow = typeof quizzes.$inferSelect;
export type AttemptRow = typeof attempts.$inferSelect;
export type AttemptAnswerRow = typeof attemptAnswers.$inferSelect;
export type LibraryRow = typeof libraries.$inferSelect;
export type LibraryArticleRow = typeof libraryArticles.$inferSelect;
export type LibraryQuestionRow = typeof libraryQuestions.$inferSelect;
export type LibraryEditRow = typeof libraryEdits.$inferSelect;
