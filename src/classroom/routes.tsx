import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { ArticleTextPage } from "../articles/views";
import type { Db } from "../db/client";
import type { AnswerRow } from "../db/schema";
import { createRouter, httpError } from "../http/app";
import { noStore } from "../http/security";
import { validate } from "../http/validate";
import { summariseSession } from "../instructor/dashboard-figures";
import { loadSessionRows } from "../instructor/queries";
import { announceAnswer, announceJoin } from "../live/notify";
import type { Question } from "../questions/types";
import {
  findArticleInfo,
  findSessionArticle,
  findSessionPassage,
  libraryArticleSlug,
} from "../quiz/article-info";
import { firstUnansweredPosition, reviewAnswers, scoreBySkill } from "../quiz/scoring";
import type { FailureStatus } from "../result";
import { checkJoinCode } from "./join-code";
import { joinSession } from "./join-session";
import { suggestNickname } from "./nickname";
import { codeGuessOf, joinCodeSchema } from "./params";
import {
  participantCookie,
  type StudentEnv,
  setParticipantCookie,
  studentFromCookie,
  studentOnly,
} from "./participant-auth";
import {
  answersWithheld,
  isQuestionOpen,
  isQuestionRevealed,
  participantOptions,
  participantQuestions,
  shownQuestion,
} from "./participant-quiz";
import { rejoinPinFor } from "./participant-token";
import {
  findServedAt,
  findSessionByJoinCode,
  listNicknameKeys,
  listParticipantAnswers,
  type ParticipantContext,
  serveQuestion,
} from "./queries";
import { submitAnswer } from "./submit-answer";
import {
  JoinPage,
  QuestionClosedPage,
  StudentAnswerRecordedPage,
  type StudentBarProps,
  StudentDonePage,
  StudentFeedbackPage,
  StudentQuestionPage,
  WaitingPage,
} from "./views";

const codeParam = z.object({ code: joinCodeSchema });
const positionParam = codeParam.extend({
  position: z.coerce.number({ error: "Questions are numbered 1, 2, 3 …" }).int().min(1).max(100),
});

const joinForm = z.object({
  code: z.string().max(40).default(""),
  nickname: z.string().max(200).default(""),
  pin: z.string().trim().max(20).default(""),
  intent: z.enum(["join", "suggest"]).default("join"),
});

const answerForm = z.object({
  questionId: z.string().min(1).max(200),
  optionId: z.string().min(1).max(200).optional(),
});

/** The student's side of a classroom session: join, answer one question per page, see the score. */
export const classroomRoutes = createRouter();

// A student's pages show their rejoin PIN and their answers.
classroomRoutes.use("/class/*", noStore);

classroomRoutes.get("/join", (c) => {
  const code = c.req.query("code") ?? "";
  return c.html(<JoinPage code={code.slice(0, 12)} nickname="" rejoining={false} />);
});

classroomRoutes.get("/join/:code", validate("param", codeParam), async (c) => {
  const { code } = c.req.valid("param");
  const context = await studentFromCookie(c, c.var.db, code);
  if (context) return c.redirect(`/class/${code}`, 303);
  return c.html(<JoinPage code={code} nickname="" rejoining={false} />);
});

classroomRoutes.post("/join", validate("form", joinForm), async (c) => {
  const form = c.req.valid("form");
  const db = c.var.db;
  const page = (props: { error?: string; nickname?: string }, status: 200 | FailureStatus = 200) =>
    c.html(
      <JoinPage
        code={form.code}
        nickname={props.nickname ?? form.nickname}
        rejoining={form.pin !== ""}
        error={props.error}
      />,
      status,
    );
  const code = checkJoinCode(form.code);
  if (form.intent === "suggest") {
    const taken = code.ok ? await takenNicknames(db, code.code) : new Set<string>();
    return page({ nickname: suggestNickname(taken) });
  }
  if (!code.ok) return page({ error: code.error }, 400);
  const joined = await joinSession(db, code.code, form.nickname, form.pin || undefined, codeGuessOf(c));
  if (!joined.ok) {
    if (joined.retryAfterSeconds) c.header("retry-after", String(joined.retryAfterSeconds));
    return page({ error: joined.message }, joined.status);
  }
  if (!joined.value.resumed) await announceJoin(c.env, joined.value.session.id, joined.value.participant.id);
  setParticipantCookie(c, code.code, joined.value.token);
  return c.redirect(`/class/${code.code}`, 303);
});

classroomRoutes.get("/class/:code", validate("param", codeParam), studentOnly, async (c) => {
  const { db, student, joinCode: code } = c.var;
  const answers = await listParticipantAnswers(db, student.participant.id);
  const next = firstUnansweredPosition(
    await participantQuestions(c.var.db, student.session, student.participant),
    answers,
  );
  if (next === null || student.session.endedAt) return c.redirect(`/class/${code}/done`, 303);
  return c.redirect(`/class/${code}/${next}`, 303);
});

classroomRoutes.get("/class/:code/done", validate("param", codeParam), studentOnly, async (c) => {
  const { db, student, joinCode: code } = c.var;
  const { session, participant } = student;
  const questions = await participantQuestions(c.var.db, session, participant);
  const answers = await listParticipantAnswers(db, participant.id);
  const next = firstUnansweredPosition(questions, answers);
  const leaderboard = session.leaderboard ? await leaderboardOf(db, session.id, questions) : null;
  const slugs = [...new Set(questions.map((question) => question.articleSlug))];
  return c.html(
    <StudentDonePage
      bar={await studentBar(c)}
      ended={session.endedAt !== null}
      withheld={answersWithheld(session)}
      correct={answers.filter((answer) => answer.correct).length}
      total={questions.length}
      answered={answers.length}
      scores={scoreBySkill(questions, answers)}
      review={reviewAnswers(questions, answers, (position) => `/class/${code}/${position}`)}
      leaderboard={leaderboard}
      articles={slugs.flatMap((slug) => findArticleInfo(slug) ?? [])}
      resumeHref={next === null || session.endedAt ? null : `/class/${code}/${next}`}
    />,
  );
});

const articleParam = codeParam.extend({
  articleId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "This is not the address of an article."),
});

/** Where a session's students read a library article the session uses, as written. */
function studentArticleHref(code: string) {
  return (articleId: string) => `/class/${code}/articles/${articleId}`;
}

/**
 * A library article the session uses, as written, for the session's students: the passage on a question
 * links here, whether or not the teacher shared the article publicly (they chose it for this class).
 */
classroomRoutes.get(
  "/class/:code/articles/:articleId",
  validate("param", articleParam),
  studentOnly,
  async (c) => {
    const { articleId } = c.req.valid("param");
    const { db, student, joinCode: code } = c.var;
    const article = await findSessionArticle(
      db,
      student.session,
      libraryArticleSlug(articleId),
      studentArticleHref(code),
    );
    if (!article) {
      throw new HTTPException(404, {
        message:
          "This session has no questions about that article, or its teacher has deleted it. Go back to your question.",
      });
    }
    return c.html(<ArticleTextPage slug={null} text={article.text} title={article.title} />);
  },
);

classroomRoutes.get("/class/:code/:position", validate("param", positionParam), studentOnly, async (c) => {
  const { position } = c.req.valid("param");
  const { db, student, joinCode: code } = c.var;
  const { session, participant } = student;
  const { question, total } = await questionAt(c.var.db, student, position);
  const answers = await listParticipantAnswers(db, participant.id);
  const answer = answers.find((row) => row.questionId === question.id);
  const bar = await studentBar(c);
  if (answer && answersWithheld(session)) {
    return c.html(
      <StudentAnswerRecordedPage
        bar={bar}
        recorded={{
          position,
          total,
          prompt: question.prompt,
          chosen: question.options.find((option) => option.id === answer.optionId)?.text ?? null,
          next: nextStep(code, position, total),
        }}
      />,
    );
  }
  if (answer) {
    return c.html(
      <StudentFeedbackPage
        bar={bar}
        feedback={{
          ...feedbackProps(student, code, position, total, question, answer),
          article: await findSessionArticle(db, session, question.articleSlug, studentArticleHref(code)),
        }}
      />,
    );
  }
  if (session.endedAt) return c.redirect(`/class/${code}/done`, 303);
  if (!isQuestionOpen(session, question.id)) {
    return c.html(<WaitingPage bar={bar} joinCode={code} position={position} />);
  }
  if (isQuestionRevealed(session, question.id)) {
    const next = position >= total ? `/class/${code}/done` : `/class/${code}/${position + 1}`;
    return c.html(<QuestionClosedPage bar={bar} position={position} total={total} next={next} />);
  }
  const now = new Date();
  const servedAt = await serveQuestion(db, participant.id, question.id, now);
  return c.html(
    <StudentQuestionPage
      bar={bar}
      form={{
        action: `/class/${code}/${position}`,
        position,
        total,
        question: shownQuestion(session, participant, question),
        passage: await findSessionPassage(db, session, question, studentArticleHref(code)),
        timer: session.timerSeconds ? timerOf(session.timerSeconds, servedAt, now) : undefined,
      }}
    />,
  );
});

classroomRoutes.post(
  "/class/:code/:position",
  validate("param", positionParam),
  validate("form", answerForm),
  studentOnly,
  async (c) => {
    const { position } = c.req.valid("param");
    const { questionId, optionId } = c.req.valid("form");
    const { db, student, joinCode: code } = c.var;
    const { question, total } = await questionAt(c.var.db, student, position);
    const here = `/class/${code}/${position}`;
    // A question revealed meanwhile is closed: its page says so (or shows the answer given in time).
    if (question.id !== questionId || isQuestionRevealed(student.session, questionId)) {
      return c.redirect(here, 303);
    }
    const submitted = await submitAnswer(db, student, questionId, optionId ?? null, new Date());
    if (submitted.ok) {
      if (submitted.value.status === "recorded") await announceAnswer(c.env, submitted.value.answer);
      return c.redirect(here, 303);
    }
    if (submitted.status !== 400 || optionId) throw httpError(submitted);
    return c.html(
      <StudentQuestionPage
        bar={await studentBar(c)}
        form={{
          action: here,
          position,
          total,
          question: shownQuestion(student.session, student.participant, question),
          passage: await findSessionPassage(db, student.session, question, studentArticleHref(code)),
          error: submitted.message,
          timer: await timerStillRunning(db, student, question.id),
        }}
      />,
      400,
    );
  },
);

/** The countdown to show again with an error on a timed question, from when the question was first served. */
async function timerStillRunning(db: Db, { session, participant }: ParticipantContext, questionId: string) {
  if (!session.timerSeconds) return undefined;
  const now = new Date();
  const servedAt = (await findServedAt(db, participant.id, questionId)) ?? now;
  return timerOf(session.timerSeconds, servedAt, now);
}

function timerOf(seconds: number, shownAt: Date, now: Date) {
  const left = Math.ceil((shownAt.getTime() + seconds * 1000 - now.getTime()) / 1000);
  return { seconds, secondsLeft: Math.max(0, Math.min(seconds, left)) };
}

async function studentBar(c: Context<StudentEnv>): Promise<StudentBarProps> {
  const { student, joinCode } = c.var;
  return {
    title: student.session.title,
    nickname: student.participant.nickname,
    pin: await rejoinPinFor(participantCookie(c, joinCode)),
  };
}

async function questionAt(db: Db, context: ParticipantContext, position: number) {
  const questions = await participantQuestions(db, context.session, context.participant);
  const question = questions[position - 1];
  if (!question) {
    throw new HTTPException(404, {
      message: `This session has ${questions.length} questions; there is no question ${position}.`,
    });
  }
  return { question, total: questions.length };
}

function feedbackProps(
  context: ParticipantContext,
  code: string,
  position: number,
  total: number,
  question: Question,
  answer: AnswerRow,
) {
  return {
    position,
    total,
    question,
    options: participantOptions(context.session, context.participant, question),
    chosenOptionId: answer.optionId,
    correct: answer.correct,
    timedOut: answer.timedOut,
    next: nextStep(code, position, total),
  };
}

/** Where the student goes after a question: the next one, or their score after the last. */
function nextStep(code: string, position: number, total: number) {
  return position >= total
    ? { href: `/class/${code}/done`, label: "See your score" }
    : { href: `/class/${code}/${position + 1}`, label: "Next question" };
}

async function takenNicknames(db: Db, joinCode: string): Promise<Set<string>> {
  const session = await findSessionByJoinCode(db, joinCode);
  return session ? listNicknameKeys(db, session.id) : new Set();
}

async function leaderboardOf(db: Db, sessionId: string, questions: Question[]) {
  const rows = await loadSessionRows(db, sessionId);
  return summariseSession({ questions, ...rows })
    .leaderboard.slice(0, 10)
    .map(({ nickname, correct }) => ({ nickname, correct }));
}
