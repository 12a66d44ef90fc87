import type { Attribution } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { canonicalSource, sourceName } from "../facts";
import { plainText, possessive, quote } from "../text";
import type { Question } from "../types";

/** Doubting verbs a teacher would agree on ("argue" is not one). */
const CLEAR_DOUBT =
  /^(claim(?:s|ed)?|alleg(?:e|es|ed)|insist(?:s|ed)?|purport(?:s|ed)?|speculat(?:e|es|ed))$/i;

/** The reporting word as it stands in the article. */
function cueText(input: BuildInput, attribution: Attribution): string {
  return input.article.text.slice(attribution.cueSpan.start, attribution.cueSpan.end);
}

/** The source as a reader would name it: the fullest name, or the phrase the article uses. */
function who(input: BuildInput, attribution: Attribution): string {
  const name = sourceName(attribution);
  const full = name ? canonicalSource(input.analysis, name) : plainText(attribution.source);
  // Mid-sentence, "The Russian Defense Ministry" reads "the Russian Defense Ministry".
  // "Opposition websites" (a common noun first) also reads in lower case; "Russian Defense Ministry" does not.
  const common = /^[A-Z][a-z]+\s+[a-z]/.test(full) || /^(The|Media|Local|Pro-|Some|Many)\b/.test(full);
  return common ? full.charAt(0).toLowerCase() + full.slice(1) : full;
}

/** "the ministry's claim", but "the claim of media outlets affiliated with …": a long name takes "of". */
function ownedBy(name: string, thing: string): string {
  return name.split(/\s+/).length > 4 ? `the ${thing} of ${name}` : `${possessive(name)} ${thing}`;
}

/** A doubting cue ("claimed") and a plain or confirming one ("said", "revealed") given to different sources. */
function contrastingPair(input: BuildInput): [Attribution, Attribution] | null {
  const doubted = input.analysis.attributions.filter(
    (attribution) => attribution.cueTone === "distancing" && CLEAR_DOUBT.test(cueText(input, attribution)),
  );
  const trusted = input.analysis.attributions.filter(
    (attribution) =>
      (attribution.cueTone === "presupposing" ||
        /^(said|says|told|reported|revealed)$/i.test(attribution.cue)) &&
      attribution.sourceKind !== "pronoun",
  );
  for (const first of doubted) {
    const second = trusted.find(
      (other) => who(input, other).toLowerCase() !== who(input, first).toLowerCase(),
    );
    if (second) return [first, second];
  }
  return null;
}

/**
 * "The article writes that X 'claimed' but that Y 'said': what does that show?" when the outlet gives one
 * source a doubting verb and another a plain or confirming one.
 */
export function buildSelectiveVerbsQuestions(input: BuildInput): Question[] {
  const pair = contrastingPair(input);
  if (!pair) return [];
  const [doubted, trusted] = pair;
  const doubtedCue = cueText(input, doubted);
  const trustedCue = cueText(input, trusted);
  const draft: QuestionDraft = {
    skill: "attribution",
    kind: "selective-verbs",
    difficulty: 3,
    prompt: `The article writes that ${who(input, doubted)} ${quote(doubtedCue)} one thing and that ${who(input, trusted)} ${quote(trustedCue)} another. What does the choice of verbs do?`,
    options: [
      {
        text: "It casts doubt on one source and not on the other",
        correct: true,
        feedback:
          "Right: the verbs, not any evidence, tell you which source to doubt; a fair report gives every source the same plain verb.",
      },
      {
        text: "Nothing: the two verbs mean the same",
        feedback: `No: ${quote(doubtedCue)} hints the claim may be false; ${quote(trustedCue)} does not.`,
      },
      {
        text: "It shows that one of the two sources has been proven wrong",
        feedback: "No: the article shows no check of either claim; only the verb differs.",
      },
      {
        text: "It reports which source spoke first",
        feedback: "No: the verbs say nothing about order; they colour how you read each claim.",
      },
    ],
    explanation: `${quote(doubtedCue)} puts distance between the writer and ${ownedBy(who(input, doubted), "claim")}, while ${quote(trustedCue)} passes on ${ownedBy(who(input, trusted), "words")} without doubt. Giving doubting verbs to one side only steers the reader; a fair report uses the same plain verb ("said") for both.`,
    evidence: [doubted.cueSpan, trusted.cueSpan].sort((left, right) => left.start - right.start),
  };
  return [finishQuestion(input, draft)];
}
