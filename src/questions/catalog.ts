import { SEED_ARTICLES } from "../articles/seed-articles";
import seedBank from "./seed-bank.generated.json";
import type { PublicQuestion, Question, Skill } from "./types";

interface Catalog {
  questions: Question[];
  byId: Map<string, Question>;
}

let catalog: Catalog | undefined;

/**
 * The bank of every seed article, in corpus order. It is built ahead of time (`npm run precompute`, checked by
 * `npm run check` and the specs) because building it here would cost a cold isolate about 35 ms of CPU.
 */
function seedCatalog(): Catalog {
  if (!catalog) {
    const banks = seedBank as unknown as Record<string, Question[]>;
    const questions = SEED_ARTICLES.flatMap((seed) => banks[seed.slug] ?? []);
    catalog = { questions, byId: new Map(questions.map((question) => [question.id, question])) };
  }
  return catalog;
}

/** The seed questions, optionally only those of one article and/or one skill, in bank order. */
export function listSeedQuestions(filter?: { article?: string; skill?: Skill }): Question[] {
  return seedCatalog().questions.filter(
    (question) =>
      (!filter?.article || question.articleSlug === filter.article) &&
      (!filter?.skill || question.skill === filter.skill),
  );
}

/** The seed question with this id, or undefined. */
export function findSeedQuestion(id: string): Question | undefined {
  return seedCatalog().byId.get(id);
}

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
