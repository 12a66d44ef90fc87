import type { Asymmetry, AsymmetrySide, Span } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { sentenceAt } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

/**
 * True when the side's word names only part of what the sentence says was done: "killed or injured at least
 * 37 people" is not the same act as "eliminated several militants", so the pair would not compare like with like.
 */
function compoundAct(text: string, side: AsymmetrySide): boolean {
  return /^\s+(?:or|and\/or)\s+\w+/i.test(text.slice(side.end, side.end + 20));
}

/** The first two sides that use different words for one act, name different actors and compare like with like. */
function contrastingSides(text: string, asymmetry: Asymmetry): [AsymmetrySide, AsymmetrySide] | null {
  const sides = asymmetry.sides.filter((side) => !compoundAct(text, side));
  for (const first of sides) {
    const second = sides.find(
      (side) => side.term.toLowerCase() !== first.term.toLowerCase() && side.actor !== first.actor,
    );
    if (second) return [first, second];
  }
  return null;
}

/** The side whose word the loaded-language lexicon flags ("liberated", "eliminated"): the kinder or harsher one. */
function loadedSide(input: BuildInput, sides: readonly AsymmetrySide[]): AsymmetrySide | null {
  const flagged = sides.filter((side) =>
    input.analysis.loaded.some((term) => term.start < side.end && side.start < term.end),
  );
  return flagged.length === 1 ? (flagged[0] ?? null) : null;
}

/**
 * The sentence before a side's, when the side's own sentence does not name the actor ("they had captured"):
 * shown too, so the student can tell which side "they" are.
 */
function antecedent(input: BuildInput, side: AsymmetrySide): Span[] {
  const sentence = sentenceAt(input.analysis, side.sentence);
  const head =
    side.actor
      .match(/[\p{L}-]+/gu)
      ?.at(-1)
      ?.toLowerCase() ?? "";
  if (!sentence || !head || sentence.text.toLowerCase().includes(head)) return [];
  const before = sentenceAt(input.analysis, side.sentence - 1);
  return before ? [{ start: before.start, end: before.end }] : [];
}

function asymmetryDraft(input: BuildInput, asymmetry: Asymmetry): QuestionDraft | null {
  const sides = contrastingSides(input.article.text, asymmetry);
  if (!sides) return null;
  const shown = sides.map((side) => {
    const sentence = sentenceAt(input.analysis, side.sentence);
    return sentence ? excerpt(input.article.text, sentence, side, 90) : null;
  });
  const [first, second] = shown;
  if (!first || !second) return null;
  const [a, b] = sides;
  const loaded = loadedSide(input, sides);
  const plain = loaded === a ? b : a;
  // Answer the "different acts" distractor honestly: acts may differ in detail, but the plain word fits both.
  const differentActs = loaded
    ? `No: whatever else differs, ${quote(plain.term)} would describe both acts; ${quote(loaded.term)} is the word chosen for one side.`
    : `No: both are ${asymmetry.action}; only the word changes with the side.`;
  return {
    skill: "loaded-language",
    kind: "asymmetry",
    difficulty: 3,
    prompt: `One sentence says ${quote(first)} Another says ${quote(second)} What does the choice of words show?`,
    options: [
      {
        text: "The same kind of act gets a kinder word for one side",
        correct: true,
        feedback: `Right: both are ${asymmetry.action}, but ${quote(a.term)} and ${quote(b.term)} judge them differently; compare the words a text uses for each side's acts.`,
      },
      {
        text: "The two acts were different, so the different words fit them",
        feedback: differentActs,
      },
      {
        text: "Both words are neutral military terms",
        feedback: `No: ${quote(a.term)} and ${quote(b.term)} do not carry the same judgement.`,
      },
      {
        text: "Two different sources wrote the two sentences",
        feedback: "No: both sentences are in the outlet's own voice.",
      },
    ],
    explanation: `For the same kind of action (${asymmetry.action}) the article writes ${quote(a.term)} for ${a.actor} and ${quote(b.term)} for ${a.actor === b.actor ? "the other side" : b.actor}. Choosing words by side tells the reader whom to cheer for.`,
    evidence: [
      ...[a, b]
        .map((side) => ({ start: side.start, end: side.end }))
        .sort((left, right) => left.start - right.start),
      ...[a, b].flatMap((side) => antecedent(input, side)),
    ],
  };
}

/** "The article says one side 'liberated' and the other 'captured': what does that show?" */
export function buildAsymmetryQuestions(input: BuildInput): Question[] {
  return input.analysis.asymmetries
    .map((asymmetry) => asymmetryDraft(input, asymmetry))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
