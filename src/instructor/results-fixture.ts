import type { Question } from "../questions/types";
import type { ResultAnswer, ResultParticipant } from "./session-results";

/** A small session for the specs: three questions, three participants, five answers. */
function question(id: string, skill: Question["skill"], prompt: string): Question {
  return {
    id,
    articleSlug: "battle-for-idlib-m5-highway",
    skill,
    kind: `${skill}-kind`,
    difficulty: 1,
    prompt,
    options: [
      { id: `${id}-a`, text: "=SUM(A1)" },
      { id: `${id}-b`, text: "SANA, the state news agency" },
    ],
    correctOptionId: `${id}-b`,
    explanation: "Because.",
    evidence: [],
    passages: [],
    control: false,
    generatorVersion: "test",
  };
}

export const QUESTIONS: Question[] = [
  question("q-src-1", "sourcing", "Who produced this piece?"),
  question("q-load-1", "loaded-language", 'Which word in "the terrorists were liberated" takes sides?'),
  question(
    "q-src-2",
    "sourcing",
    "What kind of source does the casualty figure rest on, according to the article?",
  ),
];

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute));

export const PARTICIPANTS: ResultParticipant[] = [
  { id: "p-ana", nickname: "Ana", joinedAt: at(0), finishedAt: at(5) },
  { id: "p-bo", nickname: 'Bo, the "second"', joinedAt: at(1), finishedAt: null },
  { id: "p-cy", nickname: "Cy", joinedAt: at(2), finishedAt: null },
];

function answer(participantId: string, questionId: string, correct: boolean, minute: number): ResultAnswer {
  return {
    participantId,
    questionId,
    optionId: `${questionId}-${correct ? "b" : "a"}`,
    correct,
    timedOut: false,
    responseMs: 1000 * minute,
    answeredAt: at(minute),
  };
}

/** Ana answers everything (2 of 3 right); Bo answers one question wrongly; Cy has not answered yet. */
export const ANSWERS: ResultAnswer[] = [
  answer("p-ana", "q-src-1", true, 3),
  answer("p-ana", "q-load-1", false, 4),
  answer("p-ana", "q-src-2", true, 5),
  answer("p-bo", "q-src-1", false, 3),
];
