/**
 * TEMPORARY stand-in for src/questions/catalog.ts (being built in parallel), with the same interface, so
 * the play and session features can be built and tested before the real bank lands. Delete this file and
 * point src/quiz/question-bank.ts at "../questions/catalog" once it exists.
 */
import { analyzeSeedArticle } from "../articles/seed-analysis";
import { SEED_ARTICLES } from "../articles/seed-articles";
import type { PublicQuestion, Question, Skill } from "../questions/types";

const LOADED_WORDS = ["liberated", "terrorists", "pulverized", "radicals", "militants", "devastating"];

function buildArticleQuestions(slug: string): Question[] {
  const found = analyzeSeedArticle(slug);
  if (!found) return [];
  const { article, analysis } = found;
  const text = article.text;
  const questions: Question[] = [];
  const sources = [...new Set(analysis.attributions.map((a) => a.source))];
  for (const attribution of analysis.attributions.slice(0, 4)) {
    const others = sources.filter((source) => source !== attribution.source).slice(0, 2);
    const claim = attribution.claim.length > 120 ? `${attribution.claim.slice(0, 117)}…` : attribution.claim;
    questions.push({
      id: `${slug}:attribution-source:${attribution.start}`,
      articleSlug: slug,
      skill: "attribution",
      kind: "attribution-source",
      difficulty: 1,
      prompt: `Who is the source of this claim: “${claim}”?`,
      options: [
        { id: "a", text: attribution.source },
        ...others.map((source, index) => ({ id: `b${index}`, text: source })),
        { id: "z", text: "The article does not say" },
      ],
      correctOptionId: "a",
      explanation: `The article says: “${text.slice(attribution.start, attribution.end)}”.`,
      evidence: [
        {
          start: attribution.start,
          end: attribution.end,
          text: text.slice(attribution.start, attribution.end),
        },
      ],
      control: false,
      generatorVersion: "stub",
    });
  }
  for (const hedge of analysis.hedges.slice(0, 3)) {
    questions.push({
      id: `${slug}:hedge:${hedge.start}`,
      articleSlug: slug,
      skill: "sourcing",
      kind: "hedge-meaning",
      difficulty: 2,
      prompt: `What does “${hedge.cue}” tell you about this claim?`,
      options: [
        { id: "a", text: "Nobody named stands behind it" },
        { id: "b", text: "It was confirmed by officials" },
        { id: "c", text: "It is the reporter's own eyewitness account" },
      ],
      correctOptionId: "a",
      explanation: `“${hedge.cue}” hands the claim to no one in particular.`,
      evidence: [{ start: hedge.start, end: hedge.end, text: text.slice(hedge.start, hedge.end) }],
      control: false,
      generatorVersion: "stub",
    });
  }
  for (const word of LOADED_WORDS) {
    const start = text.indexOf(word);
    if (start === -1) continue;
    questions.push({
      id: `${slug}:loaded-word:${start}`,
      articleSlug: slug,
      skill: "loaded-language",
      kind: "loaded-word",
      difficulty: 1,
      prompt: `Which word in this article takes sides?`,
      options: [
        { id: "a", text: word },
        { id: "b", text: "village" },
        { id: "c", text: "December" },
      ],
      correctOptionId: "a",
      explanation: `“${word}” judges rather than describes.`,
      evidence: [{ start, end: start + word.length, text: word }],
      control: false,
      generatorVersion: "stub",
    });
  }
  return questions;
}

let bank: Question[] | undefined;

function allQuestions(): Question[] {
  bank ??= SEED_ARTICLES.flatMap((article) => buildArticleQuestions(article.slug));
  return bank;
}

export function listSeedQuestions(filter?: { article?: string; skill?: Skill }): Question[] {
  return allQuestions().filter(
    (q) =>
      (!filter?.article || q.articleSlug === filter.article) && (!filter?.skill || q.skill === filter.skill),
  );
}

export function findSeedQuestion(id: string): Question | undefined {
  return allQuestions().find((q) => q.id === id);
}

export function toPublicQuestion(q: Question): PublicQuestion {
  const { id, articleSlug, skill, kind, difficulty, prompt, options } = q;
  return {
    id,
    articleSlug,
    skill,
    kind,
    difficulty,
    prompt,
    options: options.map(({ id, text }) => ({ id, text })),
  };
}
