import type { Headline, LoadedTerm, Sentence } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { sentenceAt } from "../facts";
import {
  authorTerms,
  distractorWords,
  headlineDistractorWords,
  neutralSentences,
  SELF_DESCRIBED,
} from "../loaded-facts";
import { usableNeutrals } from "../neutral-wording";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

const NO_LOADED_WORD = "No loaded word: this one is fine";

/**
 * One "no loaded word" sentence per article: enough that flagging everything does not pay, few enough that
 * "No loaded word" is the key about as often as any other option (tests/questions-bank.test.ts).
 */
const MAX_CONTROLS = 1;

/** Categories asked about with "which word takes sides?"; quotation marks and "so-called" have their own kind. */
const WORD_CATEGORIES = new Set(["label", "euphemism", "positive-framing", "intensifier", "dehumanising"]);

/**
 * The loaded word (right), other real words of the same text, and "No loaded word", each with its feedback;
 * `alone` is false when the text holds another flagged word, so the feedback says "a loaded word", not "the".
 */
function loadedWordOptions(
  term: LoadedTerm,
  others: readonly string[],
  alone = true,
): QuestionDraft["options"] {
  return [
    { text: term.text, correct: true, feedback: `Right: ${term.explanation}` },
    ...others.map((word) => ({
      text: word,
      feedback: `No: ${quote(word)} describes without judging. ${alone ? "The" : "A"} loaded word here is ${quote(term.text)}.`,
    })),
    { text: NO_LOADED_WORD, feedback: `There is one: ${quote(term.text)}. ${term.explanation}` },
  ];
}

/**
 * What a neutral writer would write instead: the neutral word, or, when that word already follows the term
 * ("heroic officers" → "officers"), the advice to leave the term out.
 */
function neutralAdvice(text: string, term: LoadedTerm, neutral: string | undefined, writer: string): string {
  // "collapse" for "total collapse" is barely plainer: no advice rather than a weak one.
  if (!neutral || term.text.toLowerCase().includes(neutral.toLowerCase())) return "";
  const following = text
    .slice(term.end, term.end + neutral.length + 2)
    .trim()
    .toLowerCase();
  if (following.startsWith(neutral.toLowerCase())) {
    return ` A neutral ${writer} would leave ${quote(term.text)} out and just say ${quote(neutral)}.`;
  }
  return ` A neutral ${writer} might say ${quote(neutral)}.`;
}

function termDraft(input: BuildInput, term: LoadedTerm, sentence: Sentence): QuestionDraft | null {
  const { text } = input.article;
  const inSentence = input.analysis.loaded.filter((other) => other.sentence === sentence.index);
  const shown = excerpt(text, sentence, term, 150);
  const others = distractorWords(text, sentence, inSentence)
    .filter((word) => shown.includes(word))
    .slice(0, 2);
  if (others.length < 2) return null;
  if (SELF_DESCRIBED.test(term.text)) return null;
  const [neutral] = usableNeutrals(term, sentence);
  const alone = !inSentence.some(
    (other) => other !== term && other.text.toLowerCase() !== term.text.toLowerCase(),
  );
  return {
    skill: "loaded-language",
    kind: "loaded-word",
    difficulty: term.category === "label" ? 1 : 2,
    prompt: `Which word in this sentence takes sides? ${quote(shown)}`,
    options: loadedWordOptions(term, others, alone),
    explanation: `${quote(term.text)} takes sides: ${term.explanation}${neutralAdvice(text, term, neutral, "writer")}`,
    evidence: [{ start: term.start, end: term.end }],
  };
}

/** "Which word in this headline takes sides?": headlines are where loaded labels do the most work. */
function headlineDraft(input: BuildInput, headline: Headline): QuestionDraft | null {
  const title = input.analysis.meta.title;
  const term = headline.loaded.find((item) => item.voice === "author" && WORD_CATEGORIES.has(item.category));
  if (!title || !term || !title.includes(term.text)) return null;
  const others = headlineDistractorWords(title, headline.loaded).slice(0, 2);
  if (others.length < 2) return null;
  const [neutral] = usableNeutrals(term, {
    index: -1,
    start: headline.start,
    end: headline.end,
    text: input.article.text.slice(headline.start, headline.end),
    paragraph: -1,
  });
  return {
    skill: "loaded-language",
    kind: "loaded-word",
    difficulty: 1,
    prompt: `Which word in this headline takes sides? ${quote(title)}`,
    options: loadedWordOptions(term, others),
    explanation: `${quote(term.text)} in the headline takes sides before the reader has read a line: ${term.explanation}${neutralAdvice(input.article.text, term, neutral, "headline")}`,
    evidence: [{ start: term.start, end: term.end }],
  };
}

function neutralDraft(input: BuildInput, sentence: Sentence): QuestionDraft | null {
  const { text } = input.article;
  const shown = excerpt(text, sentence, sentence, 150);
  const others = distractorWords(text, sentence, [])
    .filter((word) => shown.includes(word))
    .slice(0, 3);
  if (others.length < 3) return null;
  return {
    skill: "loaded-language",
    kind: "loaded-word",
    difficulty: 2,
    prompt: `Which word in this sentence takes sides? ${quote(shown)}`,
    options: [
      ...others.map((word) => ({
        text: word,
        feedback: `No: ${quote(word)} describes without judging; this sentence has no loaded word.`,
      })),
      { text: NO_LOADED_WORD, correct: true, feedback: "Right: not every sentence takes sides." },
    ],
    explanation: `${quote(shown)} reports without judging: none of its words takes a side. Flagging every sentence is as unhelpful as flagging none.`,
    evidence: [{ start: sentence.start, end: sentence.end }],
    control: true,
  };
}

/**
 * "Which word in this headline / sentence takes sides?": one for a headline with a loaded word, one per
 * sentence with a loaded term in the outlet's own voice (wrong answers are other real words of the same
 * headline or sentence), and up to three control sentences with no loaded word, also (above all) in an
 * article with no loaded language at all: it asks about real words, never invented loaded ones.
 */
export function buildLoadedWordQuestions(input: BuildInput): Question[] {
  const asked = new Set<number>();
  const headline = input.analysis.headline && headlineDraft(input, input.analysis.headline);
  const drafts: QuestionDraft[] = headline ? [headline] : [];
  for (const term of authorTerms(input.analysis)) {
    const sentence = sentenceAt(input.analysis, term.sentence);
    if (!WORD_CATEGORIES.has(term.category) || !sentence || asked.has(term.sentence)) continue;
    const draft = termDraft(input, term, sentence);
    if (!draft) continue;
    asked.add(term.sentence);
    drafts.push(draft);
  }
  for (const sentence of neutralSentences(input.analysis)) {
    if (drafts.filter((draft) => draft.control).length >= MAX_CONTROLS) break;
    const draft = neutralDraft(input, sentence);
    if (draft) drafts.push(draft);
  }
  return drafts.map((draft) => finishQuestion(input, draft));
}
