import { z } from "zod";
import type { AnswerRow } from "../db/schema";
import { createRouter, valueOrThrow } from "../http/app";
import { validate } from "../http/validate";
import { announceAnswer, announceJoin, connectToRoom, isWebSocketUpgrade } from "../live/notify";
import type { Question } from "../questions/types";
import type { ShownQuestion } from "../quiz/views";
import { joinSession, sessionByJoinCode } from "./join-session";
import { codeGuessOf, joinCodeSchema } from "./params";
import { participantFromBody } from "./participant-auth";
import { answersWithheld, participantQuestions, shownQuestion } from "./participant-quiz";
import { listParticipantAnswers } from "./queries";
import { serveNextQuestion } from "./serve-question";
import { submitAnswer } from "./submit-answer";

const codeParam = z.object({ joinCode: joinCodeSchema });

const joinBody = z.object({
  nickname: z
    .string({ error: "Send a nickname (1 to 24 characters)." })
    .max(200, "Keep the nickname to 24 characters."),
  rejoinPin: z
    .string({ error: "rejoinPin is the 6-digit PIN given at join, as a string." })
    .trim()
    .regex(/^[0-9]{6}$/, "rejoinPin is the 6 digits given at join.")
    .optional(),
});

const participantToken = z
  .string({ error: "Send the participantToken you got when joining." })
  .min(1)
  .max(200);

const tokenBody = z.object({ participantToken });

const answerBody = z.object({
  participantToken,
  questionId: z.string({ error: "Send the questionId you are answering." }).min(1).max(200),
  optionId: z.string({ error: "Send the optionId you chose." }).min(1).max(200),
});

/** The students' JSON API under /api/sessions: join a session, answer its questions. */
export const classroomApi = createRouter();

classroomApi.post("/:joinCode/join", validate("param", codeParam), validate("json", joinBody), async (c) => {
  const { joinCode } = c.req.valid("param");
  const { nickname, rejoinPin } = c.req.valid("json");
  const db = c.var.db;
  const joined = valueOrThrow(await joinSession(db, joinCode, nickname, rejoinPin, codeGuessOf(c)));
  if (!joined.resumed) await announceJoin(c.env, joined.session.id, joined.participant.id);
  const questions = await participantQuestions(c.var.db, joined.session, joined.participant);
  const answered = joined.resumed ? await listParticipantAnswers(db, joined.participant.id) : [];
  return c.json(
    {
      participantId: joined.participant.id,
      participantToken: joined.token,
      rejoinPin: joined.pin,
      nickname: joined.participant.nickname,
      resumed: joined.resumed,
      questionCount: questions.length,
      timerSeconds: joined.session.timerSeconds,
      // A timed session serves its questions one at a time (POST …/next), so none is read before its clock starts.
      questions:
        joined.session.timerSeconds === null
          ? questions.map((question) =>
              publicQuestion(shownQuestion(joined.session, joined.participant, question)),
            )
          : [],
      answeredQuestionIds: answered.map((answer) => answer.questionId),
    },
    joined.resumed ? 200 : 201,
  );
});

classroomApi.post(
  "/:joinCode/next",
  validate("param", codeParam),
  validate("json", tokenBody),
  participantFromBody,
  async (c) => {
    const { student } = c.var;
    const next = valueOrThrow(await serveNextQuestion(c.var.db, student, new Date()));
    c.header("cache-control", "no-store");
    if (next.done) return c.json({ done: true, questionCount: next.total });
    return c.json({
      done: false,
      position: next.position,
      questionCount: next.total,
      question: publicQuestion(shownQuestion(student.session, student.participant, next.question)),
      servedAt: next.servedAt.toISOString(),
      deadline: next.deadline?.toISOString() ?? null,
    });
  },
);

classroomApi.post(
  "/:joinCode/answers",
  validate("param", codeParam),
  validate("json", answerBody),
  participantFromBody,
  async (c) => {
    const { questionId, optionId } = c.req.valid("json");
    const result = valueOrThrow(
      await submitAnswer(c.var.db, c.var.student, questionId, optionId, new Date()),
    );
    const body = answerResult(result.question, result.answer, answersWithheld(c.var.student.session));
    if (result.status === "recorded") await announceAnswer(c.env, result.answer);
    if (result.status === "repeat") {
      return c.json(
        { error: "You already answered this question; your first answer stands.", answer: body },
        409,
      );
    }
    return c.json(body, 200);
  },
);

/**
 * A student's own answers, in their question order: with the key, right or wrong and why once the session
 * shows answers (always, or, when it withholds them, after the instructor ends it).
 */
classroomApi.post(
  "/:joinCode/results",
  validate("param", codeParam),
  validate("json", tokenBody),
  participantFromBody,
  async (c) => {
    const { session, participant } = c.var.student;
    const withheld = answersWithheld(session);
    const questions = await participantQuestions(c.var.db, session, participant);
    const answers = new Map(
      (await listParticipantAnswers(c.var.db, participant.id)).map((answer) => [answer.questionId, answer]),
    );
    const answered = questions.flatMap((question) => {
      const answer = answers.get(question.id);
      return answer ? [answerResult(question, answer, withheld)] : [];
    });
    c.header("cache-control", "no-store");
    return c.json({
      ended: session.endedAt !== null,
      withheld,
      questionCount: questions.length,
      answeredCount: answered.length,
      score: withheld ? null : [...answers.values()].filter((answer) => answer.correct).length,
      answers: answered,
    });
  },
);

classroomApi.get("/:joinCode/status", validate("param", codeParam), async (c) => {
  const session = valueOrThrow(
    await sessionByJoinCode(c.var.db, c.req.valid("param").joinCode, codeGuessOf(c)),
  );
  c.header("cache-control", "no-store");
  return c.json({
    joinCode: session.joinCode,
    title: session.title,
    pacing: session.pacing,
    questionCount: session.questionIds.length,
    openCount: session.pacing === "self" ? session.questionIds.length : session.openCount,
    locked: session.locked,
    ended: session.endedAt !== null,
  });
});

/**
 * Pushed updates for a student's page: a WebSocket on which the session's room sends the stage (which
 * question is open, whether it is revealed, whether the session ended) whenever it changes. Like status,
 * it needs only the join code and says nothing about participants.
 */
classroomApi.get("/:joinCode/socket", validate("param", codeParam), async (c) => {
  if (!isWebSocketUpgrade(c.req.raw)) {
    return c.json({ error: "Open this address as a WebSocket (Upgrade: websocket)." }, 426);
  }
  const session = valueOrThrow(
    await sessionByJoinCode(c.var.db, c.req.valid("param").joinCode, codeGuessOf(c)),
  );
  return connectToRoom(c.env, session.id, "student", c.req.raw);
});

/** A question as the API shows it before it is answered: no correct option, no explanation. */
function publicQuestion({ id, skill, prompt, options }: ShownQuestion) {
  return { id, skill, prompt, options };
}

/**
 * What a student learns once a question is answered: right or wrong, the right option, why, and where. While
 * the session withholds answers, only that the answer is recorded (and whether time ran out).
 */
function answerResult(question: Question, answer: AnswerRow, withheld: boolean) {
  const recorded = {
    questionId: question.id,
    optionId: answer.optionId,
    withheld,
    timedOut: answer.timedOut,
    responseMs: answer.responseMs,
    answeredAt: answer.answeredAt.toISOString(),
  };
  if (withheld) return recorded;
  const chosen = question.options.find((option) => option.id === answer.optionId);
  return {
    ...recorded,
    correct: answer.correct,
    correctOptionId: question.correctOptionId,
    explanation: question.explanation,
    feedback: chosen?.feedback ?? null,
    evidence: question.evidence.map(({ text, start, end }) => ({ text, start, end })),
    articleSlug: question.articleSlug,
  };
}
