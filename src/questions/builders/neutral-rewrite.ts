import type { LoadedTerm, Sentence, Span } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { sentenceAt } from "../facts";
import { authorTerms, LOADED_ALTERNATIVES, neutralSentences, sameForm } from "../loaded-facts";
import { usableNeutrals } from "../neutral-wording";
import { plainText, quote } from "../text";
import type { Question } from "../types";

const ALREADY_NEUTRAL = "This one is fine: leave it as written";

/** Categories where a one-word swap makes the phrase neutral; labels get the group-label question. */
const REWRITE_CATEGORIES = new Set(["euphemism", "positive-framing", "intensifier", "dehumanising"]);

/** Words a phrase should not start on: "of airstrikes on …", "order to push …". */
const LOOSE_START =
  /^(?:of|in|on|at|to|into|onto|from|for|with|by|across|over|under|near|and|or|but|order|that|which)$/i;
/** Words a phrase should not end on: "… positions across", "… the hamlet of", "… liberated the". */
const LOOSE_END =
  /^(?:of|in|on|at|to|into|onto|from|for|with|by|across|over|under|near|and|or|but|the|a|an|its|their|that|which)$/i;

/**
 * Up to three words either side of the term, inside its sentence, without a loose word at either end, so the
 * phrase reads as a phrase ("push militants' back", not "order to push militants' back from").
 */
function phraseAround(text: string, sentence: Sentence, term: Span): Span {
  const before = text.slice(sentence.start, term.start);
  const after = text.slice(term.end, sentence.end);
  const leadWords = (/(?:[^\s.,;:]+\s+){0,3}$/.exec(before)?.[0] ?? "").split(/(?<=\s)(?=\S)/);
  const tailWords = (/^(?:\s*[^\s.,;:]+){0,3}/.exec(after)?.[0] ?? "").split(/(?=\s+\S)/);
  while (leadWords.length > 0 && LOOSE_START.test(leadWords[0]?.trim() ?? "")) leadWords.shift();
  while (tailWords.length > 0 && LOOSE_END.test(tailWords.at(-1)?.trim() ?? "")) tailWords.pop();
  const lead = leadWords.join("");
  const tail = tailWords.join("");
  return { start: term.start - lead.length, end: term.end + tail.length };
}

/** The phrase with the term's span replaced, fixing "a"/"an" before the new word. */
function replaceTerm(text: string, phrase: Span, term: Span, replacement: string): string {
  const lead = text
    .slice(phrase.start, term.start)
    .replace(/\b(a|an)(\s+)$/i, (_, article: string, space) => {
      const wanted = /^[aeiou]/i.test(replacement) ? "an" : "a";
      return `${article[0] === "A" ? wanted.replace("a", "A") : wanted}${space}`;
    });
  return plainText(`${lead}${replacement}${text.slice(term.end, phrase.end)}`);
}

function rewriteDraft(input: BuildInput, term: LoadedTerm): QuestionDraft | null {
  const sentence = sentenceAt(input.analysis, term.sentence);
  if (!sentence || !REWRITE_CATEGORIES.has(term.category)) return null;
  const { text } = input.article;
  const phrase = phraseAround(text, sentence, term);
  const original = plainText(text.slice(phrase.start, phrase.end));
  const [neutral] = sameForm(term.text, usableNeutrals(term, sentence));
  const loaded = sameForm(term.text, LOADED_ALTERNATIVES[term.category])
    .filter((word) => word.toLowerCase() !== term.text.toLowerCase())
    .slice(0, 2);
  const overlapping = input.analysis.loaded.some(
    (other) => other !== term && other.start < phrase.end && phrase.start < other.end,
  );
  if (!neutral || loaded.length < 2 || overlapping) return null;
  const rewrite = replaceTerm(text, phrase, term, neutral);
  return {
    skill: "loaded-language",
    kind: "neutral-rewrite",
    difficulty: 2,
    prompt: `Which rewrite of ${quote(original)} is neutral?`,
    options: [
      {
        text: rewrite,
        correct: true,
        feedback: `Right: ${quote(neutral)} says what happened without judging it.`,
      },
      ...loaded.map((word) => ({
        text: replaceTerm(text, phrase, term, word),
        feedback: `No: ${quote(word)} takes sides just as ${quote(term.text)} does.`,
      })),
      {
        text: ALREADY_NEUTRAL,
        feedback: `No: ${quote(term.text)} takes sides, so the phrase needs a plainer word.`,
      },
    ],
    explanation: `${quote(term.text)} takes sides: ${term.explanation} ${quote(rewrite)} keeps the facts and drops the judgement.`,
    evidence: [{ start: term.start, end: term.end }],
  };
}

/** Plain words of war reporting and the loaded words a partisan writer might put in their place. */
const PLAIN_TO_LOADED: readonly { plain: RegExp; loaded: readonly [string, string, string] }[] = [
  { plain: /\bcaptured\b/, loaded: ["liberated", "freed", "rescued"] },
  { plain: /\bkilled\b/, loaded: ["eliminated", "neutralised", "wiped out"] },
  { plain: /\bdestroyed\b/, loaded: ["obliterated", "pulverized", "annihilated"] },
  { plain: /\battacked\b/, loaded: ["savagely attacked", "brutally attacked", "viciously attacked"] },
  { plain: /\bmilitants\b/, loaded: ["terrorists", "thugs", "fanatics"] },
  { plain: /\bfighters\b/, loaded: ["terrorists", "mercenaries", "fanatics"] },
];

/** The control item: a phrase that is already neutral, against versions with a loaded word put in. */
function alreadyNeutralDraft(input: BuildInput): QuestionDraft | null {
  const { text } = input.article;
  for (const sentence of neutralSentences(input.analysis)) {
    for (const rule of PLAIN_TO_LOADED) {
      const match = rule.plain.exec(sentence.text);
      if (!match) continue;
      const word = {
        start: sentence.start + match.index,
        end: sentence.start + match.index + match[0].length,
      };
      const phrase = phraseAround(text, sentence, word);
      const original = plainText(text.slice(phrase.start, phrase.end));
      return {
        skill: "loaded-language",
        kind: "neutral-rewrite",
        difficulty: 2,
        prompt: `Which rewrite of ${quote(original)} is neutral?`,
        options: [
          ...rule.loaded.map((loaded) => ({
            text: replaceTerm(text, phrase, word, loaded),
            feedback: `No: ${quote(loaded)} takes sides; the sentence as written does not.`,
          })),
          { text: ALREADY_NEUTRAL, correct: true, feedback: "Right: it needs no rewrite." },
        ],
        explanation: `${quote(original)} is plain reporting: ${quote(match[0])} describes without judging. Putting in ${rule.loaded.map(quote).join(", ")} or the like would take a side.`,
        evidence: [phrase],
        control: true,
      };
    }
  }
  return null;
}

/**
 * "Which rewrite is neutral?": the term swapped for its neutral alternative against swaps for other loaded
 * words; plus one control item whose phrase is neutral already (built only when the detector has run).
 */
export function buildNeutralRewriteQuestions(input: BuildInput): Question[] {
  const askedWords = new Set<string>();
  const drafts: QuestionDraft[] = [];
  for (const term of authorTerms(input.analysis)) {
    const draft = rewriteDraft(input, term);
    // One rewrite per loaded word: the third "liberated" teaches nothing new.
    if (!draft || askedWords.has(term.text.toLowerCase())) continue;
    askedWords.add(term.text.toLowerCase());
    drafts.push(draft);
  }
  const control = input.analysis.loaded.length > 0 ? alreadyNeutralDraft(input) : null;
  if (control) drafts.push(control);
  return drafts.map((draft) => finishQuestion(input, draft));
}
