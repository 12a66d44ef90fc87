import { mainPassageKey } from "./draft";
import { normalise } from "./text";
import type { Question } from "./types";

/** How often an option text appears across a bank, and how often it is the right answer. */
export interface OptionUse {
  text: string;
  appearances: number;
  keyed: number;
}

/** Figures that tell whether a bank's answers can be read off its options, and how widely it ranges. */
export interface BankMetrics {
  questions: number;
  perSkill: Record<string, number>;
  perKind: Record<string, number>;
  /** Questions by their number of options. */
  optionCounts: Record<string, number>;
  /** Share of questions whose longest option (ties count) is the right one, and what chance would give. */
  longestIsKey: number;
  longestChance: number;
  /** Option texts used in at least `repeated` questions, with how often each is the key. */
  repeatedOptions: OptionUse[];
  /**
   * Questions about the same passage (their main one, mainPassageKey) as another question of the same
   * article, and the most about one passage; and the most questions that show one passage while answering.
   */
  sharingPassage: number;
  mostOnOnePassage: number;
  mostShowingOnePassage: number;
  /** Questions byte-identical (prompt and options) to a question about another article. */
  identicalAcrossArticles: number;
}

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([left], [right]) => (left < right ? -1 : 1)));
}

function shownPassageKeys(question: Question): string[] {
  return question.passages.map((passage) => `${question.articleSlug}#${passage.start}-${passage.end}`);
}

function mainKey(question: Question): string {
  return `${question.articleSlug}#${mainPassageKey(question)}`;
}

/** Measures a bank (any list of questions, of one article or many). */
export function measureBank(questions: readonly Question[], repeated = 4): BankMetrics {
  let longestIsKey = 0;
  let longestChance = 0;
  const uses = new Map<string, OptionUse>();
  for (const question of questions) {
    const lengths = question.options.map((option) => option.text.length);
    const longest = Math.max(...lengths);
    const key = question.options.find((option) => option.id === question.correctOptionId);
    if (key && key.text.length === longest) longestIsKey++;
    longestChance += lengths.filter((length) => length === longest).length / lengths.length;
    for (const option of question.options) {
      const text = normalise(option.text);
      const use = uses.get(text) ?? { text: option.text, appearances: 0, keyed: 0 };
      use.appearances++;
      if (option.id === question.correctOptionId) use.keyed++;
      uses.set(text, use);
    }
  }
  const onPassage = new Map<string, number>();
  const showing = new Map<string, number>();
  for (const question of questions) {
    onPassage.set(mainKey(question), (onPassage.get(mainKey(question)) ?? 0) + 1);
    for (const key of shownPassageKeys(question)) showing.set(key, (showing.get(key) ?? 0) + 1);
  }
  const signature = (question: Question) =>
    JSON.stringify([question.prompt, question.options.map((option) => option.text).sort()]);
  const articlesBySignature = new Map<string, Set<string>>();
  for (const question of questions) {
    const articles = articlesBySignature.get(signature(question)) ?? new Set();
    articles.add(question.articleSlug);
    articlesBySignature.set(signature(question), articles);
  }
  const count = Math.max(1, questions.length);
  return {
    questions: questions.length,
    perSkill: tally(questions, (question) => question.skill),
    perKind: tally(questions, (question) => `${question.skill}/${question.kind}`),
    optionCounts: tally(questions, (question) => String(question.options.length)),
    longestIsKey: longestIsKey / count,
    longestChance: longestChance / count,
    repeatedOptions: [...uses.values()]
      .filter((use) => use.appearances >= repeated)
      .sort((left, right) => right.appearances - left.appearances),
    sharingPassage: questions.filter((question) => (onPassage.get(mainKey(question)) ?? 0) > 1).length,
    mostOnOnePassage: Math.max(0, ...onPassage.values()),
    mostShowingOnePassage: Math.max(0, ...showing.values()),
    identicalAcrossArticles: questions.filter(
      (question) => (articlesBySignature.get(signature(question))?.size ?? 0) > 1,
    ).length,
  };
}
