import { attributionStanding, saysWho } from "../../analysis/source-standing";
import type { Attribution } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { plainText, quote } from "../text";
import type { Question } from "../types";

/** A side label on a source: "the pro-opposition Syrian Observatory …", "the Turkish-backed …". */
const SIDE_LABEL = /\b(pro-[\w-]+|anti-[\w-]+|[\w-]+-backed|[\w-]+-affiliated|[\w-]+-linked)\b/i;

/** Named sources with a side label, and named sources with none. */
function labelledAndBare(attributions: readonly Attribution[]) {
  const named = attributions.filter((attribution) => saysWho(attributionStanding(attribution)));
  return {
    labelled: named.filter((attribution) => SIDE_LABEL.test(attribution.source)),
    bare: named.filter(
      (attribution) => !SIDE_LABEL.test(attribution.source) && attribution.sourceKind !== "pronoun",
    ),
  };
}

/** "The article labels one source 'pro-opposition' and another not at all: what does that do?" */
export function buildSelectiveLabelsQuestions(input: BuildInput): Question[] {
  const { labelled, bare } = labelledAndBare(input.analysis.attributions);
  const [marked] = labelled;
  const unmarked = bare.find((attribution) => attributionStanding(attribution) === "named-interested");
  if (!marked || !unmarked) return [];
  const label = SIDE_LABEL.exec(marked.source)?.[0] ?? "";
  const markedPhrase = plainText(marked.source);
  // "the pro-opposition Syrian Observatory …" → "the Syrian Observatory …"; "The Russian …" → "the Russian …".
  const markedName = markedPhrase.replace(`${label} `, "").replace(/^The\b/, "the");
  const unmarkedName = plainText(unmarked.source).replace(/^The\b/, "the");
  const draft: QuestionDraft = {
    skill: "loaded-language",
    kind: "selective-labels",
    difficulty: 3,
    prompt: `The article describes one source as ${quote(markedPhrase)} but names ${unmarkedName}, a side in the story, with no label at all. What does that do?`,
    options: [
      {
        text: "It warns you about one source's side and not the other's",
        correct: true,
        feedback:
          "Right: a side label on one source only steers your trust; check whether every source with a stake gets one.",
      },
      {
        text: "Nothing: the label is just part of the name",
        feedback: `No: ${quote(label)} is the outlet's description, not part of the organisation's name.`,
      },
      {
        text: "It shows the unlabelled source has no side",
        feedback: `No: ${unmarkedName} is itself a side in the story; it simply got no label.`,
      },
      {
        text: "It tells you that the labelled source's figures are all false",
        feedback: "No: a label says nothing about whether a figure is right; only checking does.",
      },
    ],
    explanation: `${quote(label)} tells the reader to discount ${markedName}, while ${unmarkedName}, which has an obvious stake, is presented plainly. Labelling one side's sources and not the other's steers trust; a fair report labels both or neither.`,
    evidence: [marked.sourceSpan, unmarked.sourceSpan].sort((left, right) => left.start - right.start),
  };
  return [finishQuestion(input, draft)];
}
