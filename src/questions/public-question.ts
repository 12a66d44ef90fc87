import type { PublicQuestion, Question } from "./types";

/** What a student's browser may see: no correct option, explanation, feedback or evidence. */
export function toPublicQuestion(question: Question): PublicQuestion {
  const { id, articleSlug, skill, kind, difficulty, prompt, options } = question;
  return {
    id,
    articleSlug,
    skill,
    kind,
    difficulty,
    prompt,
    options: options.map((option) => ({ id: option.id, text: option.text })),
  };
}
