import { type Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { createDb, type Db } from "../db/client";
import type { AnswerRow } from "../db/schema";
import { validate } from "../http/validate";
import { summariseSession } from "../instructor/dashboard-figures";
import { loadSessionRows } from "../instructor/queries";
import type { Question } from "../questions/types";
import { findArticleInfo } from "../quiz/article-info";
import { firstUnansweredPosition, reviewAnswers, scoreBySkill } from "../quiz/scoring";
import { checkJoinCode } from "./join-code";
import { joinSession, requireSessionByJoinCode } from "./join-session";
import { suggestNickname } from "./nickname";
import { joinCodeSchema } from "./params";
import { authenticateParticipant } from "./participant-auth";
import {
  isQuestionOpen,
  isQuestionRevealed,
  participantOptions,
  participantQuestions,
  shownQuestion,
} from "./participant-quiz";
import { rejoinPinFor } from "./participant-token";
import {
  findSessionByJoinCode,
  listNicknameKeys,
  listParticipantAnswers,
  markQuestionShown,
  type ParticipantContext,
} from "./queries";
import { submitAnswer } from "./submit-answer";
import {
  JoinPage,
  QuestionClosedPage,
  type StudentBarProps,
  StudentDonePage,
  StudentFeedbackPage,
  StudentQuestionPage,
  WaitingPage,
} from "./views";

const SEVEN_DAYS = 60 * 60 * 24 * 7;

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
export const classroomRoutes = new Hono<{ Bindings: Env }>();

classroomRoutes.get("/join", (c) => {
  const code = c.req.query("code") ?? "";
  return c.html(<JoinPage code={code.slice(0, 12)} nickname="" rejoining={false} />);
});

classroomRoutes.get("/join/:code", validate("param", codeParam), async (c) => {
  const { code } = c.req.valid("param");
  const context = await studentFromCookie(c, createDb(c.env.DB), code);
  if (context) return c.redirect(`/class/${code}`, 303);
  return c.html(<JoinPage code={code} nickname="" rejoining={false} />);
});

classroomRoutes.post("/join", validate("form", joinForm), async (c) => {
  const form = c.req.valid("form");
  const db = createDb(c.env.DB);
  const page = (
    props: { error?: string; nickname?: string },
    status: 200 | 400 | 403 | 404 | 409 | 429 = 200,
  ) =>
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
  try {
    const joined = await joinSession(db, code.code, form.nickname, form.pin || undefined, new Date());
    setParticipantCookie(c, code.code, joined.token);
    return c.redirect(`/class/${code.code}`, 303);
  } catch (error) {
    if (!(error instanceof HTTPException)) throw error;
    return page({ error: error.message }, error.status as 400 | 403 | 404 | 409 | 429);
  }
});

classroomRoutes.get("/class/:code", validate("param", codeParam), async (c) => {
  const { code } = c.req.valid("param");
  const db = createDb(c.env.DB);
  const context = await requireStudent(c, db, code);
  if (context instanceof Response) return context;
  const answers = await listParticipantAnswers(db, context.participant.id);
  const next = firstUnansweredPosition(participantQuestions(context.session, context.participant), answers);
  if (next === null || context.session.endedAt) return c.redirect(`/class/${code}/done`, 303);
  return c.redirect(`/class/${code}/${next}`, 303);
});

classroomRoutes.get("/class/:code/done", validate("param", codeParam), async (c) => {
  const { code } = c.req.valid("param");
  const db = createDb(c.env.DB);
  const context = await requireStudent(c, db, code);
  if (context instanceof Response) return context;
  const { session, participant } = context;
  const questions = participantQuestions(session, participant);
  const answers = await listParticipantAnswers(db, participant.id);
  const next = firstUnansweredPosition(questions, answers);
  const leaderboard = session.leaderboard ? await leaderboardOf(db, session.id, questions) : null;
  const slugs = [...new Set(questions.map((question) => question.articleSlug))];
  return c.html(
    <StudentDonePage
      bar={await studentBar(c, context, code)}
      ended={session.endedAt !== null}
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

classroomRoutes.get("/class/:code/:position", validate("param", positionParam), async (c) => {
  const { code, position } = c.req.valid("param");
  const db = createDb(c.env.DB);
  const context = await requireStudent(c, db, code);
  if (context instanceof Response) return context;
  const { session, participant } = context;
  const { question, total } = questionAt(context, position);
  const answers = await listParticipantAnswers(db, participant.id);
  const answer = answers.find((row) => row.questionId === question.id);
  const bar = await studentBar(c, context, code);
  if (answer) {
    return c.html(
      <StudentFeedbackPage
        bar={bar}
        feedback={feedbackProps(context, code, position, total, question, answer)}
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
  const shownAt = await markQuestionShown(db, participant, question.id, now);
  return c.html(
    <StudentQuestionPage
      bar={bar}
      form={{
        action: `/class/${code}/${position}`,
        position,
        total,
        question: shownQuestion(session, participant, question),
        timer: session.timerSeconds ? timerOf(session.timerSeconds, shownAt, now) : undefined,
      }}
    />,
  );
});

classroomRoutes.post(
  "/class/:code/:position",
  validate("param", positionParam),
  validate("form", answerForm),
  async (c) => {
    const { code, position } = c.req.valid("param");
    const { questionId, optionId } = c.req.valid("form");
    const db = createDb(c.env.DB);
    const context = await requireStudent(c, db, code);
    if (context instanceof Response) return context;
    const { question, total } = questionAt(context, position);
    const here = `/class/${code}/${position}`;
    // A question revealed meanwhile is closed: its page says so (or shows the answer given in time).
    if (question.id !== questionId || isQuestionRevealed(context.session, questionId)) {
      return c.redirect(here, 303);
    }
    try {
      await submitAnswer(db, context, questionId, optionId ?? null, new Date());
    } catch (error) {
      if (!(error instanceof HTTPException) || error.status !== 400 || optionId) throw error;
      return c.html(
        <StudentQuestionPage
          bar={await studentBar(c, context, code)}
          form={{
            action: here,
            position,
            total,
            question: shownQuestion(context.session, context.participant, question),
            error: error.message,
            timer: timerStillRunning(context, question.id),
          }}
        />,
        400,
      );
    }
    return c.redirect(here, 303);
  },
);

/** The countdown to show again with an error on a timed question, from when the question was first shown. */
function timerStillRunning({ session, participant }: ParticipantContext, questionId: string) {
  if (!session.timerSeconds) return undefined;
  const now = new Date();
  const shownAt =
    participant.shownQuestionId === questionId && participant.shownAt ? participant.shownAt : now;
  return timerOf(session.timerSeconds, shownAt, now);
}

function timerOf(seconds: number, shownAt: Date, now: Date) {
  const left = Math.ceil((shownAt.getTime() + seconds * 1000 - now.getTime()) / 1000);
  return { seconds, secondsLeft: Math.max(0, Math.min(seconds, left)) };
}

function participantCookieName(joinCode: string): string {
  return `byline-p-${joinCode}`;
}

/** Keeps the participant token in a `__Host-` cookie, HttpOnly, Secure, SameSite=Lax, for a week. */
function setParticipantCookie(c: Context, joinCode: string, token: string): void {
  setCookie(c, participantCookieName(joinCode), token, {
    prefix: "host",
    httpOnly: true,
    sameSite: "Lax",
    maxAge: SEVEN_DAYS,
  });
}

async function studentFromCookie(
  c: Context,
  db: Db,
  joinCode: string,
): Promise<ParticipantContext | undefined> {
  const token = getCookie(c, participantCookieName(joinCode), "host");
  if (!token) return undefined;
  const context = await authenticateParticipant(db, token);
  return context?.session.joinCode === joinCode ? context : undefined;
}

/**
 * The participant this browser is in the session with, or a redirect to the join page (a new device, a
 * cleared cookie, a removed participant). A 404 when the session itself is gone.
 */
async function requireStudent(c: Context, db: Db, joinCode: string): Promise<ParticipantContext | Response> {
  const context = await studentFromCookie(c, db, joinCode);
  if (context) return context;
  await requireSessionByJoinCode(db, joinCode);
  return c.redirect(`/join/${joinCode}`, 303);
}

async function studentBar(
  c: Context,
  context: ParticipantContext,
  joinCode: string,
): Promise<StudentBarProps> {
  const token = getCookie(c, participantCookieName(joinCode), "host") ?? "";
  return {
    title: context.session.title,
    nickname: context.participant.nickname,
    pin: await rejoinPinFor(token),
  };
}

function questionAt(context: ParticipantContext, position: number) {
  const questions = participantQuestions(context.session, context.participant);
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
  const isLast = position >= total;
  return {
    position,
    total,
    question,
    options: participantOptions(context.session, context.participant, question),
    chosenOptionId: answer.optionId,
    correct: answer.correct,
    timedOut: answer.timedOut,
    article: findArticleInfo(question.articleSlug),
    next: isLast
      ? { href: `/class/${code}/done`, label: "See your score" }
      : { href: `/class/${code}/${position + 1}`, label: "Next question" },
  };
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
