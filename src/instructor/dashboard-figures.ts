import { MAX_REJOIN_FAILURES } from "../classroom/join-session";
import type { Skill } from "../questions/types";
import { type OptionSplit, splitByOption } from "../quiz/option-split";
import { percent } from "../quiz/scoring";
import {
  answersByParticipant,
  correctCount,
  questionLabel,
  type SessionResultsInput,
  sessionSkills,
} from "./session-results";

export interface RosterRow {
  participantId: string;
  nickname: string;
  answered: number;
  correct: number;
  total: number;
  finished: boolean;
  /** Wrong rejoin PINs have used up this student's attempts: the teacher can reset them. */
  pinLocked: boolean;
}

export interface QuestionFigure {
  questionId: string;
  position: number;
  label: string;
  skill: Skill;
  answered: number;
  correct: number;
  /** Correct out of answered; null while nobody has answered. */
  percent: number | null;
  /** How the class split over the options: which misconception each wrong answer stands for. */
  split: OptionSplit;
}

export interface SkillFigure {
  skill: Skill;
  answered: number;
  correct: number;
  /** Mastery: correct out of answered over the whole class; null while nobody has answered. */
  percent: number | null;
}

export interface SessionFigures {
  roster: RosterRow[];
  questions: QuestionFigure[];
  skills: SkillFigure[];
  /** Participants by correct answers, then by the time they took over those correct answers, then by nickname. */
  leaderboard: RosterRow[];
}

/** Everything the instructor dashboard shows, worked out from the session's rows. */
export function summariseSession(input: SessionResultsInput): SessionFigures {
  const byParticipant = answersByParticipant(input.answers);
  const known = new Set(input.questions.map((question) => question.id));
  const roster = input.participants.map((participant) => {
    const own = byParticipant.get(participant.id);
    const answered = [...(own?.keys() ?? [])].filter((id) => known.has(id)).length;
    return {
      participantId: participant.id,
      nickname: participant.nickname,
      answered,
      correct: correctCount(input.questions, own),
      total: input.questions.length,
      finished: participant.finishedAt !== null || (answered === input.questions.length && answered > 0),
      pinLocked: (participant.rejoinFailures ?? 0) >= MAX_REJOIN_FAILURES,
    };
  });
  const tallies = tallyByQuestion(input.answers);
  const splits = splitByOption(input.questions, input.answers);
  const questions = input.questions.map((question, index) => {
    const { answered, correct } = tallies.get(question.id) ?? { answered: 0, correct: 0 };
    return {
      questionId: question.id,
      position: index + 1,
      label: questionLabel(index + 1, question),
      skill: question.skill,
      answered,
      correct,
      percent: percent(correct, answered),
      split: splits[index] ?? { questionId: question.id, options: [], noOption: 0, answered: 0 },
    };
  });
  const skills = sessionSkills(input.questions).map((skill) => {
    const ofSkill = questions.filter((question) => question.skill === skill);
    const answered = ofSkill.reduce((sum, question) => sum + question.answered, 0);
    const correct = ofSkill.reduce((sum, question) => sum + question.correct, 0);
    return { skill, answered, correct, percent: percent(correct, answered) };
  });
  return { roster, questions, skills, leaderboard: rankParticipants(input, roster) };
}

/** Answers and correct answers per question, in one pass (a class of 300 gives thousands of answers). */
function tallyByQuestion(
  answers: SessionResultsInput["answers"],
): Map<string, { answered: number; correct: number }> {
  const tallies = new Map<string, { answered: number; correct: number }>();
  for (const answer of answers) {
    const tally = tallies.get(answer.questionId) ?? { answered: 0, correct: 0 };
    tally.answered += 1;
    if (answer.correct) tally.correct += 1;
    tallies.set(answer.questionId, tally);
  }
  return tallies;
}

function rankParticipants(input: SessionResultsInput, roster: RosterRow[]): RosterRow[] {
  const time = new Map<string, number>();
  for (const answer of input.answers) {
    if (!answer.correct) continue;
    time.set(answer.participantId, (time.get(answer.participantId) ?? 0) + answer.responseMs);
  }
  return [...roster].sort(
    (a, b) =>
      b.correct - a.correct ||
      (time.get(a.participantId) ?? 0) - (time.get(b.participantId) ?? 0) ||
      a.nickname.localeCompare(b.nickname),
  );
}
