import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import type { Db } from "../db/client";
import type { AttemptAnswerRow, AttemptRow } from "../db/schema";
import { createRouter } from "../http/app";
import { noStore } from "../http/security";
import { validate } from "../http/validate";
import { SKILLS } from "../questions/types";
import { findPublicArticle, findPublicPassage, isBundledSlug, listArticleTitles } from "../quiz/article-info";
import { orderOptions } from "../quiz/participant-order";
import { pickQuestions } from "../quiz/pick-questions";
import { findQuestions, questionPool } from "../quiz/question-bank";
import { newSeed, seededRandom } from "../quiz/random";
import { firstUnansweredPosition, isCorrectOption, reviewAnswers, scoreBySkill } from "../quiz/scoring";
import { randomBase64Url } from "../security/secrets";
import {
  findAttemptWithAnswers,
  findQuiz,
  insertAttempt,
  markAttemptQuestionShown,
  recordAttemptAnswer,
} from "./queries";
import {
  PlayFeedbackPage,
  PlayQuestionPage,
  PlayResultsPage,
  PlayStartPage,
  PublishedQuizPage,
} from "./views";

/** Questions in a public quiz drawn from the bank. */
export const PUBLIC_QUIZ_LENGTH = 10;

const startForm = z.object({
  article: z.string().trim().max(200).default("mix"),
  skill: z
    .enum(["mix", ...SKILLS], { error: "Pick a skill: sourcing, attribution, loaded-language or mix." })
    .default("mix"),
});

const attemptParam = z.object({
  attemptId: z.string().regex(/^[A-Za-z0-9_-]{22}$/, "This is not the address of a quiz."),
});

const positionParam = attemptParam.extend({
  position: z.coerce.number({ error: "Questions are numbered 1, 2, 3 …" }).int().min(1).max(100),
});

const answerForm = z.object({
  questionId: z.string().min(1).max(200),
  optionId: z.string().max(200).optional(),
});

const quizParam = z.object({
  quizId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "This is not the address of a quiz."),
});

/** The public quiz: start, one question per page with feedback, the score at the end, and published quizzes. */
export const playRoutes = createRouter();

// An attempt's pages show its answers to whoever holds the address; no shared cache may keep them.
playRoutes.use("/play/*", noStore);

/** `/play?article=<slug>&skill=<skill>` starts with those chosen (links from an article); anything else is ignored. */
playRoutes.get("/play", (c) => {
  const article = c.req.query("article") ?? "";
  const skill = c.req.query("skill") ?? "";
  const chosen = {
    article: isBundledSlug(article) ? article : "mix",
    skill: (SKILLS as readonly string[]).includes(skill) ? skill : "mix",
  };
  return c.html(<PlayStartPage articles={listArticleTitles()} chosen={chosen} />);
});

playRoutes.post("/play", validate("form", startForm), async (c) => {
  const { article, skill } = c.req.valid("form");
  const articles = listArticleTitles();
  if (article !== "mix" && !isBundledSlug(article)) {
    const error = "That article is not in the list. Pick one of the articles, or a mix.";
    return c.html(
      <PlayStartPage articles={articles} chosen={{ article: "mix", skill }} error={error} />,
      400,
    );
  }
  const pool = questionPool(article === "mix" ? [] : [article], skill === "mix" ? [] : [skill]);
  if (pool.length === 0) {
    const error = "There are no questions for that choice yet. Pick another skill or a mix.";
    return c.html(<PlayStartPage articles={articles} chosen={{ article, skill }} error={error} />, 400);
  }
  const seed = newSeed();
  const questionIds = pickQuestions(pool, PUBLIC_QUIZ_LENGTH, seededRandom(seed)).map(
    (question) => question.id,
  );
  const attemptId = await startAttempt(c.var.db, questionIds, null, seed);
  return c.redirect(`/play/${attemptId}/1`, 303);
});

playRoutes.get("/play/:attemptId", validate("param", attemptParam), async (c) => {
  const { attemptId } = c.req.valid("param");
  const { attempt, answers } = await loadAttempt(c.var.db, attemptId);
  const next = firstUnansweredPosition(await findQuestions(c.var.db, attempt.questionIds), answers);
  return c.redirect(next === null ? `/play/${attemptId}/results` : `/play/${attemptId}/${next}`, 303);
});

playRoutes.get("/play/:attemptId/results", validate("param", attemptParam), async (c) => {
  const { attemptId } = c.req.valid("param");
  const { attempt, answers } = await loadAttempt(c.var.db, attemptId);
  const questions = await findQuestions(c.var.db, attempt.questionIds);
  const next = firstUnansweredPosition(questions, answers);
  const slugs = [...new Set(questions.map((question) => question.articleSlug))];
  return c.html(
    <PlayResultsPage
      scores={scoreBySkill(questions, answers)}
      review={reviewAnswers(questions, answers, (position) => `/play/${attemptId}/${position}`)}
      correct={answers.filter((answer) => answer.correct).length}
      total={questions.length}
      answered={answers.length}
      articles={(await Promise.all(slugs.map((slug) => findPublicArticle(c.var.db, slug)))).flatMap(
        (article) => article ?? [],
      )}
      resumeHref={next === null ? null : `/play/${attemptId}/${next}`}
      playAgainHref={attempt.quizId ? `/quiz/${attempt.quizId}` : "/play"}
    />,
  );
});

playRoutes.get("/play/:attemptId/:position", validate("param", positionParam), async (c) => {
  const { attemptId, position } = c.req.valid("param");
  const db = c.var.db;
  const { attempt, answers } = await loadAttempt(db, attemptId);
  const { question, total } = await questionAt(c.var.db, attempt, position);
  const options = orderOptions(question.options, attempt.seed, question.id, true);
  const answer = answers.find((row) => row.questionId === question.id);
  if (answer) {
    const isLast = position >= total;
    return c.html(
      <PlayFeedbackPage
        position={position}
        total={total}
        question={question}
        options={options}
        chosenOptionId={answer.optionId}
        correct={answer.correct}
        timedOut={false}
        article={await findPublicArticle(db, question.articleSlug)}
        next={
          isLast
            ? { href: `/play/${attemptId}/results`, label: "See your score" }
            : { href: `/play/${attemptId}/${position + 1}`, label: "Next question" }
        }
      />,
    );
  }
  await markAttemptQuestionShown(db, attemptId, question.id, new Date());
  return c.html(
    <PlayQuestionPage
      action={`/play/${attemptId}/${position}`}
      position={position}
      total={total}
      question={{ ...question, options: options.map(({ id, text }) => ({ id, text })) }}
      passage={await findPublicPassage(db, question)}
    />,
  );
});

playRoutes.post(
  "/play/:attemptId/:position",
  validate("param", positionParam),
  validate("form", answerForm),
  async (c) => {
    const { attemptId, position } = c.req.valid("param");
    const { questionId, optionId } = c.req.valid("form");
    const db = c.var.db;
    const { attempt, answers } = await loadAttempt(db, attemptId);
    const { question, total } = await questionAt(c.var.db, attempt, position);
    const here = `/play/${attemptId}/${position}`;
    // A form left open from another question (back button): show this question as it stands.
    if (questionId !== question.id) return c.redirect(here, 303);
    if (!optionId) {
      const options = orderOptions(question.options, attempt.seed, question.id, true);
      return c.html(
        <PlayQuestionPage
          action={here}
          position={position}
          total={total}
          question={{ ...question, options: options.map(({ id, text }) => ({ id, text })) }}
          passage={await findPublicPassage(db, question)}
          error="Choose one of the options, then check your answer."
        />,
        400,
      );
    }
    const correct = isCorrectOption(question, optionId);
    if (correct === null) {
      throw new HTTPException(400, {
        message: "That option is not one of this question's options. Go back and choose again.",
      });
    }
    const now = new Date();
    await recordAttemptAnswer(
      db,
      {
        attemptId,
        questionId,
        optionId,
        correct,
        responseMs: responseTime(attempt, answers, questionId, now),
        answeredAt: now,
      },
      total,
    );
    return c.redirect(here, 303);
  },
);

playRoutes.get("/quiz/:quizId", validate("param", quizParam), async (c) => {
  const quiz = await loadQuiz(c.var.db, c.req.valid("param").quizId);
  return c.html(<PublishedQuizPage quizId={quiz.id} title={quiz.title} total={quiz.questionIds.length} />);
});

playRoutes.post("/quiz/:quizId", validate("param", quizParam), async (c) => {
  const db = c.var.db;
  const quiz = await loadQuiz(db, c.req.valid("param").quizId);
  const attemptId = await startAttempt(db, quiz.questionIds, quiz.id, newSeed());
  return c.redirect(`/play/${attemptId}/1`, 303);
});

async function startAttempt(
  db: Db,
  questionIds: string[],
  quizId: string | null,
  seed: number,
): Promise<string> {
  const id = randomBase64Url(16);
  await insertAttempt(db, { id, quizId, questionIds, seed, createdAt: new Date() });
  return id;
}

async function loadAttempt(db: Db, attemptId: string) {
  const found = await findAttemptWithAnswers(db, attemptId);
  if (!found) {
    throw new HTTPException(404, {
      message: "There is no quiz at this address. Start a new one from the Play page.",
    });
  }
  return found;
}

async function loadQuiz(db: Db, quizId: string) {
  const quiz = await findQuiz(db, quizId);
  if (!quiz)
    throw new HTTPException(404, {
      message: "There is no published quiz at this address. Ask for a new link.",
    });
  return quiz;
}

async function questionAt(db: Db, attempt: AttemptRow, position: number) {
  const questions = await findQuestions(db, attempt.questionIds);
  const question = questions[position - 1];
  if (!question) {
    throw new HTTPException(404, {
      message: `This quiz has ${questions.length} questions; there is no question ${position}.`,
    });
  }
  return { question, total: questions.length };
}

/** Time since the question was first shown or, without a showing, since the last answer or the start. */
function responseTime(
  attempt: AttemptRow,
  answers: AttemptAnswerRow[],
  questionId: string,
  now: Date,
): number {
  const lastAnswer = Math.max(0, ...answers.map((answer) => answer.answeredAt.getTime()));
  const since =
    attempt.shownQuestionId === questionId && attempt.shownAt
      ? attempt.shownAt.getTime()
      : Math.max(lastAnswer, attempt.createdAt.getTime());
  return Math.max(0, now.getTime() - since);
}
