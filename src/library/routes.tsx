import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import type { ArticleAnalysis } from "../analysis/types";
import { findBundledArticle } from "../catalog/catalog";
import type { LibraryArticleRow } from "../db/schema";
import { createRouter } from "../http/app";
import { countAgainstLimit, overLimit } from "../http/rate-limit";
import { describeProblems, validate } from "../http/validate";
import { listArticleTitles, sessionBundledArticles } from "../quiz/article-info";
import { randomBase64Url } from "../security/secrets";
import { readInstructorKey, setInstructorCookie, setNewKeyFlash } from "../sessions/instructor-cookie";
import { instructorKeyMatches } from "../sessions/instructor-key";
import {
  decodeUpload,
  formatOfFileName,
  type InputResult,
  MIN_ARTICLE_WORDS,
  prepareArticleText,
} from "./article-input";
import { advanceLibraryWork, currentEngineVersion, type EngineWork, startLibraryAnalysis } from "./engine";
import {
  currentLibrary,
  forgetLibraryKey,
  libraryForKey,
  libraryOnly,
  openNewLibrary,
  rememberLibraryKey,
} from "./library-auth";
import {
  confirmSharing,
  deleteLibraryArticle,
  engineWorkOf,
  findLibraryArticle,
  findSessionKeyAndQuestions,
  insertLibraryArticle,
  insertQuizOf,
  listArticleEdits,
  listArticleQuestions,
  listArticleUses,
  listKeptQuestions,
  listLibraryArticles,
  recordQuestionUse,
  renameLibraryArticle,
  replaceArticleAnalysis,
  reviewQuestion,
  runBatch,
  storeBuiltQuestions,
  storeEngineWork,
} from "./queries";
import { applyQuestionEdit, snapshotQuestion } from "./review";
import { createSessionWithLibrary } from "./session-pool";
import { LibraryPage, LibraryStartPage, ReviewPage, WorkUnderWayPage } from "./views";

/** A multipart body a little over 100 KB of article leaves room for the form's other fields. */
const MAX_FORM_BYTES = 110 * 1024;

const articleParam = z.object({
  articleId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16}$/, "This is not the address of an article in your library."),
});
const questionParam = articleParam.extend({
  questionId: z.string().min(1).max(120),
});
const editorField = z
  .string()
  .trim()
  .max(60, "Your name can be at most 60 characters.")
  .optional()
  .transform((name) => name || "teacher");
const reviewForm = z.object({
  action: z.enum(["keep", "drop", "edit"], { error: "Choose keep, drop or edit." }),
  editor: editorField,
  prompt: z.string().max(1000, "The prompt can be at most 1,000 characters.").default(""),
  options: z.array(z.string().max(300, "An option can be at most 300 characters.")).max(5).default([]),
  correct: z.array(z.string().max(2)).max(5).default([]),
  explanation: z.string().max(2000, "The explanation can be at most 2,000 characters.").default(""),
  evidence: z
    .array(z.string().max(2000, "A piece of evidence can be at most 2,000 characters."))
    .max(5)
    .default([]),
});
const titleForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the article a title.")
    .max(200, "A title can be at most 200 characters."),
  editor: editorField,
});
const sessionForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the session a title.")
    .max(120, "A title can be at most 120 characters."),
  questionCount: z.coerce
    .number({ error: "Give the number of questions as a whole number." })
    .int("Give the number of questions as a whole number.")
    .min(1, "Ask at least one question.")
    .max(50, "Ask at most 50 questions."),
});
const publishForm = z.object({ confirm: z.string().optional(), editor: editorField });
const keyForm = z.object({ key: z.string().trim().max(200).default("") });

/** Form fields that may repeat, read as lists whether they came once or several times. */
async function readForm(c: Context): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    const values = (Array.isArray(value) ? value : [value]).filter((item) => typeof item === "string");
    fields[name] = ["options", "correct", "evidence"].includes(name) ? values : (values[0] ?? "");
  }
  return fields;
}

function parseForm<T extends z.ZodType>(schema: T, fields: unknown): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new HTTPException(400, { message: describeProblems(parsed.error.issues) });
  return parsed.data;
}

/** A teacher's own articles under /library: open a library, add articles, review, use and share their questions. */
export const libraryRoutes = createRouter();

libraryRoutes.get("/", async (c) => {
  const library = await currentLibrary(c, c.var.db);
  if (!library) {
    const status = c.req.query("opened") === "0" ? "Open your library first." : undefined;
    return c.html(<LibraryStartPage status={status} />);
  }
  return c.html(await libraryPage(c, library.id, {}));
});

libraryRoutes.post("/", async (c) => {
  await countAgainstLimit(c, "LIBRARY_LIMITER");
  const { library, key } = await openNewLibrary(c.var.db, new Date());
  rememberLibraryKey(c, key);
  return c.html(await libraryPage(c, library.id, { newKey: key }), 201);
});

libraryRoutes.post("/open", validate("form", keyForm), async (c) => {
  const { key } = c.req.valid("form");
  const library = await libraryForKey(c.var.db, key);
  if (!library) {
    return c.html(
      <LibraryStartPage error="That key does not open a library. Check it, including the part before the dot." />,
      403,
    );
  }
  rememberLibraryKey(c, key);
  return c.redirect("/library", 303);
});

libraryRoutes.post("/forget", (c) => {
  forgetLibraryKey(c);
  return c.redirect("/library", 303);
});

async function libraryPage(
  c: Context,
  libraryId: string,
  extra: { newKey?: string; error?: string; notice?: string; values?: { title?: string; text?: string } },
) {
  const db = c.var.db;
  const articles = await listLibraryArticles(db, libraryId);
  const uses = await listArticleUses(
    db,
    articles.slice(0, 90).map((article) => article.id),
  );
  return <LibraryPage articles={articles} uses={uses} {...extra} />;
}

libraryRoutes.post("/articles", libraryOnly, async (c) => {
  const { library } = c.var;
  if (Number(c.req.header("content-length") ?? 0) > MAX_FORM_BYTES) {
    const error = "The article is larger than 100 KB. Paste or upload a shorter text.";
    return c.html(await libraryPage(c, library.id, { error }), 413);
  }
  const body = await c.req.parseBody();
  const title = typeof body.title === "string" ? body.title.trim().slice(0, 200) : "";
  const pasted = typeof body.text === "string" ? body.text : "";
  const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
  const prepared = file ? await readUploadedArticle(file) : prepareArticleText(pasted, "text");
  // A refused article comes back in the form as typed, so nothing pasted is lost.
  const formAgain = async ({ message, status }: { message: string; status: 400 | 413 | 415 | 429 }) => {
    const values = { title, text: pasted.slice(0, 110 * 1024) };
    return c.html(await libraryPage(c, library.id, { error: message, values }), status);
  };
  if (!prepared.ok) return formAgain(prepared);
  const refused = await overLimit(c, "LIBRARY_LIMITER");
  if (refused) return formAgain({ message: refused.message, status: 429 });
  const articleId = randomBase64Url(12);
  // The analysis's first step only: the page this redirects to goes on with it, a step per request.
  const work = startLibraryAnalysis(prepared.value);
  const meta = work.step === "analysis" ? work.progress.meta : work.analysis.meta;
  const articleTitle = title || meta.title?.slice(0, 200) || firstWords(prepared.value);
  await insertLibraryArticle(
    c.var.db,
    { id: articleId, libraryId: library.id, title: articleTitle, text: prepared.value, work },
    new Date(),
  );
  return c.redirect(`/library/articles/${articleId}`, 303);
});

const importForm = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "This is not the address of a session."),
  article: z.string().trim().max(200),
});

/**
 * Reverse import: a session's instructor adds one of the session's bundled articles (a seed or a practice
 * piece, whose text is public) to their library, where its questions are built afresh for review. It needs
 * both keys, the library's and that session's instructor key. A library article used by the session is never
 * copied: it already lives in a library, perhaps another teacher's, and its text may be private.
 */
libraryRoutes.post("/import", libraryOnly, async (c) => {
  const { db, library } = c.var;
  const { sessionId, article: slug } = parseForm(importForm, await readForm(c));
  const session = await findSessionKeyAndQuestions(db, sessionId);
  const key = readInstructorKey(c, sessionId);
  if (!session || !key || !(await instructorKeyMatches(key, session.instructorKeyDigest))) {
    throw new HTTPException(403, {
      message:
        "Only the session's instructor can add its articles to a library: open the session's dashboard with its instructor key in this browser, then try again.",
    });
  }
  const bundled = findBundledArticle(slug);
  if (!bundled || !sessionBundledArticles(session).some((article) => article.slug === slug)) {
    throw new HTTPException(400, {
      message:
        "That is not one of this session's seed or practice articles. Go back to the dashboard and pick one of the articles it lists.",
    });
  }
  await countAgainstLimit(c, "LIBRARY_LIMITER");
  const articleId = randomBase64Url(12);
  const title = listArticleTitles().find((article) => article.slug === slug)?.title ?? slug;
  await insertLibraryArticle(
    db,
    {
      id: articleId,
      libraryId: library.id,
      title,
      text: bundled.text,
      work: { step: "questions", analysis: bundled.analysis, queues: [] },
    },
    new Date(),
  );
  return c.redirect(`/library/articles/${articleId}`, 303);
});

async function readUploadedArticle(file: File): Promise<InputResult<string>> {
  const format = formatOfFileName(file.name);
  if (!format.ok) return format;
  if (file.size > MAX_FORM_BYTES) return prepareArticleText("x".repeat(MAX_FORM_BYTES), "text");
  const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  return prepareArticleText(decoded.value, format.value);
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 8).join(" ").slice(0, 200) || `Article of ${MIN_ARTICLE_WORDS}+ words`;
}

async function requireArticle(c: Context, libraryId: string, articleId: string): Promise<LibraryArticleRow> {
  const article = await findLibraryArticle(c.var.db, libraryId, articleId);
  if (!article) {
    throw new HTTPException(404, {
      message: "There is no such article in your library. It may have been deleted.",
    });
  }
  return article;
}

async function reviewPage(
  c: Context,
  article: LibraryArticleRow,
  extra: { notice?: string; error?: { questionId: string | null; message: string }; editing?: string } = {},
) {
  if (engineWorkOf(article)) {
    throw new HTTPException(409, {
      message: "This article's questions are still being built: open its page, then try again.",
    });
  }
  const db = c.var.db;
  const [questions, edits] = await Promise.all([
    listArticleQuestions(db, article.id),
    listArticleEdits(db, article.id),
  ]);
  return (
    <ReviewPage
      articleId={article.id}
      title={article.title}
      text={article.text}
      analysis={article.analysis as ArticleAnalysis}
      engineVersion={article.engineVersion}
      currentEngineVersion={currentEngineVersion()}
      shared={article.shareConfirmedAt !== null}
      questions={questions}
      edits={edits}
      {...extra}
    />
  );
}

libraryRoutes.get("/articles/:articleId", libraryOnly, validate("param", articleParam), async (c) => {
  const article = await requireArticle(c, c.var.library.id, c.req.valid("param").articleId);
  const work = engineWorkOf(article);
  if (work) return workThenShow(c, article, work);
  const notice = c.req.query("notice")?.slice(0, 300);
  // Only the question being edited gets its edit form (see QuestionReview in views.tsx).
  const editing = c.req.query("edit")?.slice(0, 120);
  return c.html(await reviewPage(c, article, { notice, editing }));
});

/** How many steps of an article's work follow each other as redirects before a page that moves on by itself. */
const STEPS_PER_REDIRECT_CHAIN = 10;

/**
 * A request for the page of an article whose analysis or questions are under way takes the work one step
 * further and stores it, then sends the browser to the page again, until the questions are built: no request
 * spends more than the Workers CPU time per request on it (a step's size: WORDS_PER_STEP in engine.ts).
 */
async function workThenShow(c: Context, article: LibraryArticleRow, work: EngineWork) {
  const step = advanceLibraryWork(article.id, article.text, work);
  const at = new Date();
  if (!step.done) {
    await storeEngineWork(c.var.db, article.id, article.engineVersion, step.work, at);
    const url = new URL(c.req.url);
    const taken = Math.min(Number.parseInt(url.searchParams.get("step") ?? "", 10) || 0, 10_000) + 1;
    url.searchParams.set("step", String(taken));
    const next = `${url.pathname}${url.search}`;
    if (taken % STEPS_PER_REDIRECT_CHAIN !== 0) return c.redirect(next, 303);
    // Browsers follow about 20 redirects in a row: a page that moves on by itself starts a new chain.
    c.header("Refresh", `0; url=${next}`);
    return c.html(<WorkUnderWayPage next={next} steps={taken} />);
  }
  const { added, kept } = await storeBuiltQuestions(c.var.db, article.id, step, at);
  const notice =
    c.req.query("reanalysed") === "1"
      ? `Analysed again with engine ${step.engineVersion}: ${kept} reviewed questions kept as they were, ${added} questions to review.`
      : c.req.query("notice")?.slice(0, 300);
  const query = notice ? `?notice=${encodeURIComponent(notice)}` : "";
  return c.redirect(`/library/articles/${article.id}${query}`, 303);
}

libraryRoutes.post(
  "/articles/:articleId/questions/:questionId",
  libraryOnly,
  validate("param", questionParam),
  async (c) => {
    const { articleId, questionId } = c.req.valid("param");
    const article = await requireArticle(c, c.var.library.id, articleId);
    const form = parseForm(reviewForm, await readForm(c));
    const questions = await listArticleQuestions(c.var.db, article.id);
    const row = questions.find((item) => item.id === questionId);
    if (!row) throw new HTTPException(404, { message: "This article has no such question." });
    const at = new Date();
    if (form.action !== "edit") {
      await reviewQuestion(c.var.db, { articleId, questionId, editor: form.editor, action: form.action, at });
      return c.redirect(`/library/articles/${articleId}#${encodeURIComponent(questionId)}`, 303);
    }
    const edited = applyQuestionEdit(row.question, form, article.text);
    if (!edited.ok) {
      return c.html(await reviewPage(c, article, { error: { questionId, message: edited.message } }), 400);
    }
    await reviewQuestion(c.var.db, {
      articleId,
      questionId,
      editor: form.editor,
      action: "edit",
      question: edited.question,
      changes: edited.changes,
      at,
    });
    return c.redirect(`/library/articles/${articleId}#${encodeURIComponent(questionId)}`, 303);
  },
);

libraryRoutes.post("/articles/:articleId/rename", libraryOnly, validate("param", articleParam), async (c) => {
  const article = await requireArticle(c, c.var.library.id, c.req.valid("param").articleId);
  const { title, editor } = parseForm(titleForm, await readForm(c));
  await renameLibraryArticle(c.var.db, article.id, title, editor, new Date());
  return c.redirect(`/library/articles/${article.id}`, 303);
});

libraryRoutes.post("/articles/:articleId/delete", libraryOnly, validate("param", articleParam), async (c) => {
  const article = await requireArticle(c, c.var.library.id, c.req.valid("param").articleId);
  await deleteLibraryArticle(c.var.db, article.id);
  return c.html(
    await libraryPage(c, c.var.library.id, {
      notice: `“${article.title}” was deleted. Sessions and quizzes that used it keep their questions and answers.`,
    }),
  );
});

libraryRoutes.post(
  "/articles/:articleId/reanalyse",
  libraryOnly,
  validate("param", articleParam),
  async (c) => {
    const article = await requireArticle(c, c.var.library.id, c.req.valid("param").articleId);
    const editor = parseForm(z.object({ editor: editorField }), await readForm(c)).editor;
    await countAgainstLimit(c, "LIBRARY_LIMITER");
    // The analysis's first step only: the page this redirects to goes on with it, a step per request.
    const work = startLibraryAnalysis(article.text);
    const engineVersion = currentEngineVersion();
    await replaceArticleAnalysis(c.var.db, article, work, { editor, engineVersion, at: new Date() });
    return c.redirect(`/library/articles/${article.id}?reanalysed=1`, 303);
  },
);

/** The article's kept questions as snapshots, or a 400 when none is kept yet. */
async function keptSnapshots(c: Context, article: LibraryArticleRow) {
  const kept = await listKeptQuestions(c.var.db, [article.id]);
  if (kept.length === 0) {
    throw new HTTPException(400, {
      message: "Keep at least one question first: review the questions and press Keep on those you want.",
    });
  }
  return kept.map((row) => ({ articleId: article.id, question: snapshotQuestion(row.question) }));
}

libraryRoutes.post(
  "/articles/:articleId/publish",
  libraryOnly,
  validate("param", articleParam),
  async (c) => {
    const article = await requireArticle(c, c.var.library.id, c.req.valid("param").articleId);
    const { confirm, editor } = parseForm(publishForm, await readForm(c));
    if (confirm !== "yes") {
      return c.html(
        await reviewPage(c, article, {
          error: {
            questionId: null,
            message:
              "Confirm that you may share this article's text publicly: a public quiz shows its passages to anyone with the link.",
          },
        }),
        400,
      );
    }
    const snapshots = await keptSnapshots(c, article);
    const db = c.var.db;
    const at = new Date();
    const quizId = randomBase64Url(12);
    await runBatch(db, [
      ...recordQuestionUse(db, {
        libraryId: c.var.library.id,
        snapshots,
        kind: "quiz",
        targetId: quizId,
        title: article.title,
        at,
      }),
      ...confirmSharing(db, article.id, editor, at),
      insertQuizOf(db, {
        id: quizId,
        title: article.title,
        questionIds: snapshots.map((snapshot) => snapshot.question.id),
        at,
      }),
    ]);
    const notice = `Published: anyone with the link /quiz/${quizId} can play the ${snapshots.length} kept questions.`;
    return c.redirect(`/library/articles/${article.id}?notice=${encodeURIComponent(notice)}`, 303);
  },
);

libraryRoutes.post(
  "/articles/:articleId/session",
  libraryOnly,
  validate("param", articleParam),
  async (c) => {
    const article = await requireArticle(c, c.var.library.id, c.req.valid("param").articleId);
    const { title, questionCount } = parseForm(sessionForm, await readForm(c));
    const snapshots = await keptSnapshots(c, article);
    await countAgainstLimit(c, "SESSION_LIMITER");
    const created = await createSessionWithLibrary(
      c.var.db,
      c.var.library,
      {
        title,
        questionCount: Math.min(questionCount, snapshots.length),
        articles: [],
        libraryArticles: [article.id],
        skills: [],
        pacing: "self",
        timerSeconds: null,
        leaderboard: false,
        shuffle: true,
        withholdAnswers: false,
      },
      new Date(),
    );
    if (!created.ok) throw new HTTPException(created.status, { message: created.message });
    const { session, instructorKey } = created.value;
    setInstructorCookie(c, session.id, instructorKey);
    setNewKeyFlash(c, session.id, instructorKey);
    return c.redirect(`/sessions/${session.id}/dashboard`, 303);
  },
);
