import type { Question } from "../questions/types";
import { SKILL_NAMES } from "../quiz/scoring";
import type { CsvCell } from "./csv-export";
import {
  answersByParticipant,
  correctCount,
  questionLabel,
  type ResultAnswer,
  type SessionResultsInput,
  sessionSkills,
  skillPercent,
} from "./session-results";

export interface ExportSession {
  id: string;
  title: string;
  joinCode: string;
  createdAt: Date;
  endedAt: Date | null;
}

export interface ExportInput extends SessionResultsInput {
  session: ExportSession;
}

/** ISO 8601 in UTC ("2026-11-20T09:15:00.000Z"), or blank. */
function iso(date: Date | null | undefined): string {
  return date ? date.toISOString() : "";
}

/**
 * Wide CSV rows: a header, then one row per participant — nickname, joined at, finished at, score, percent
 * per skill, then one column per question: 1 right, 0 wrong, blank not answered.
 */
export function wideRows({ questions, participants, answers }: SessionResultsInput): CsvCell[][] {
  const skills = sessionSkills(questions);
  const byParticipant = answersByParticipant(answers);
  const header = [
    "nickname",
    "joined_at",
    "finished_at",
    "score",
    ...skills.map((skill) => `percent_${skill}`),
    ...questions.map((question, index) => questionLabel(index + 1, question)),
  ];
  const rows = participants.map((participant) => {
    const own = byParticipant.get(participant.id);
    return [
      participant.nickname,
      iso(participant.joinedAt),
      iso(participant.finishedAt),
      correctCount(questions, own),
      ...skills.map((skill) => skillPercent(questions, own, skill)),
      ...questions.map((question) => {
        const answer = own?.get(question.id);
        return answer ? (answer.correct ? 1 : 0) : null;
      }),
    ];
  });
  return [header, ...rows];
}

export const LONG_HEADER = [
  "participant",
  "question_id",
  "skill",
  "kind",
  "prompt",
  "chosen_option",
  "correct_option",
  "correct",
  "response_ms",
  "answered_at",
] as const;

/** Long CSV rows: a header, then one row per answer, participants in join order, answers in the order given. */
export function longRows({ questions, participants, answers }: SessionResultsInput): CsvCell[][] {
  const questionsById = new Map(questions.map((question) => [question.id, question]));
  const byParticipant = answersByParticipant(answers);
  const rows = participants.flatMap((participant) =>
    [...(byParticipant.get(participant.id)?.values() ?? [])].map((answer) => {
      const question = questionsById.get(answer.questionId);
      return [
        participant.nickname,
        answer.questionId,
        question?.skill ?? "",
        question?.kind ?? "",
        question?.prompt ?? "",
        optionText(question, answer.optionId),
        optionText(question, question?.correctOptionId ?? null),
        answer.correct,
        answer.responseMs,
        iso(answer.answeredAt),
      ];
    }),
  );
  return [[...LONG_HEADER], ...rows];
}

function optionText(question: Question | undefined, optionId: string | null): string {
  if (!question || optionId === null) return "";
  return question.options.find((option) => option.id === optionId)?.text ?? "";
}

/** The JSON export: the session, its questions with their answers, and every participant with their answers. */
export function exportDocument(input: ExportInput) {
  const { session, questions, participants } = input;
  const skills = sessionSkills(questions);
  const byParticipant = answersByParticipant(input.answers);
  return {
    session: {
      id: session.id,
      title: session.title,
      joinCode: session.joinCode,
      createdAt: iso(session.createdAt),
      endedAt: session.endedAt ? iso(session.endedAt) : null,
      skills: skills.map((skill) => ({ skill, name: SKILL_NAMES[skill] })),
    },
    questions: questions.map((question, index) => ({
      position: index + 1,
      id: question.id,
      label: questionLabel(index + 1, question),
      articleSlug: question.articleSlug,
      skill: question.skill,
      kind: question.kind,
      prompt: question.prompt,
      options: question.options.map((option) => ({ id: option.id, text: option.text })),
      correctOptionId: question.correctOptionId,
    })),
    participants: participants.map((participant) => {
      const own = byParticipant.get(participant.id);
      return {
        nickname: participant.nickname,
        joinedAt: iso(participant.joinedAt),
        finishedAt: participant.finishedAt ? iso(participant.finishedAt) : null,
        score: correctCount(questions, own),
        percentBySkill: Object.fromEntries(
          skills.map((skill) => [skill, skillPercent(questions, own, skill)]),
        ),
        answers: [...(own?.values() ?? [])].map((answer) => jsonAnswer(answer)),
      };
    }),
  };
}

function jsonAnswer(answer: ResultAnswer) {
  return {
    questionId: answer.questionId,
    optionId: answer.optionId,
    correct: answer.correct,
    timedOut: answer.timedOut,
    responseMs: answer.responseMs,
    answeredAt: iso(answer.answeredAt),
  };
}

/**
 * A download name from the session title and date: "byline-media-week-2026-11-20-wide.csv". Only ASCII
 * letters, digits and dashes, so it is safe in a Content-Disposition header on every platform.
 */
export function exportFilename(title: string, date: Date, variant: string, extension: string): string {
  const slug =
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "session";
  return `byline-${slug}-${date.toISOString().slice(0, 10)}${variant ? `-${variant}` : ""}.${extension}`;
}
