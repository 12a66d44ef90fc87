import type { Attribution, CueTone } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import { attributionExtent, hasUsableClaim, sentenceAt, sourceName } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

/** What each cue tone signals, as an option a student picks (after the AP guidance on "said"). */
const TONE_MEANINGS: Readonly<Record<CueTone, string>> = {
  neutral: "It passes the words on without judging",
  distancing: "It hints that the claim may not be true",
  presupposing: "It treats the claim as an established fact",
  emotive: "It makes the speaker sound angry or upset",
};

const TONE_EXPLANATIONS: Readonly<Record<CueTone, string>> = {
  neutral: "is a neutral reporting word: it takes no side on whether the claim is true",
  distancing:
    "puts distance between the writer and the claim: it hints the claim is doubtful without saying why",
  presupposing: "presents the claim as a fact that was brought to light, so the reader takes it as true",
  emotive: "adds drama: it tells you how to feel about the words rather than just reporting them",
};

/**
 * The tones offered: the three a reader meets every day, and "emotive" only when it is the answer and takes
 * the place of the least likely other, so no option is there only to be wrong and every question has three.
 */
function offeredTones(right: CueTone): CueTone[] {
  return right === "emotive"
    ? ["emotive", "neutral", "distancing"]
    : ["neutral", "distancing", "presupposing"];
}

/** Why each wrong reading is wrong, addressed to the student who chose it. */
const TONE_MISTAKES: Readonly<Record<CueTone, string>> = {
  neutral: "is not neutral here",
  distancing: "does not cast doubt",
  presupposing: "does not present the claim as established",
  emotive: "carries no strong feeling",
};

/**
 * Doubting cues a teacher would agree on. Others the detector counts as distancing ("argue", "link")
 * can be read as plain reporting, so they are not asked about.
 */
const CLEAR_DISTANCING =
  /^(claim(?:s|ed)?|alleg(?:e|es|ed)|insist(?:s|ed)?|purport(?:s|ed)?|speculat(?:e|es|ed))$/i;

/**
 * Doubting cues that say more than "claimed": with "speculate" the sources themselves are guessing, which is
 * why the claim is uncertain, so it is not explained as doubt "without saying why".
 */
const GUESSING = /^speculat(?:e|es|ed|ing)$/i;
const GUESS_EXPLANATION =
  "tells you the sources themselves are guessing: the claim is their conjecture, not something they know";

/** What this cue signals, in words for the student. */
function meaningOf(cue: string, tone: CueTone): string {
  return tone === "distancing" && GUESSING.test(cue) ? GUESS_EXPLANATION : TONE_EXPLANATIONS[tone];
}

/** Neutral cues worth a control item: plain reporting words ("link" or "accused" would blur the lesson). */
const PLAIN_VERBS = /^(said|says|told|added|reported|stated|announced|explained|noted|wrote|according to)$/i;

function verbDraft(input: BuildInput, attribution: Attribution): QuestionDraft | null {
  const { text } = input.article;
  const cue = text.slice(attribution.cueSpan.start, attribution.cueSpan.end);
  if (!sourceName(attribution) || !hasUsableClaim(attribution)) return null;
  if (attribution.cueTone === "neutral" && !PLAIN_VERBS.test(cue)) return null;
  if (attribution.cueTone === "distancing" && !CLEAR_DISTANCING.test(cue)) return null;
  // The whole sentence around the cue, so the excerpt never starts inside an aside or a quotation.
  const sentence = sentenceAt(input.analysis, attribution.sentence) ?? attributionExtent(attribution);
  const shown = excerpt(text, sentence, attribution.cueSpan, 160);
  const options: OptionDraft[] = offeredTones(attribution.cueTone).map((tone) => ({
    text: TONE_MEANINGS[tone],
    correct: tone === attribution.cueTone,
    feedback:
      tone === attribution.cueTone
        ? `Right: ${quote(cue)} ${meaningOf(cue, tone)}.`
        : `No: ${quote(cue)} ${TONE_MISTAKES[tone]}; it ${meaningOf(cue, attribution.cueTone)}.`,
  }));
  return {
    skill: "attribution",
    kind: "reporting-verb",
    difficulty: attribution.cueTone === "neutral" ? 1 : 3,
    prompt: `${quote(shown)} What does the word ${quote(cue)} signal?`,
    options,
    explanation: `In ${quote(shown)}, ${quote(cue)} ${meaningOf(cue, attribution.cueTone)}.`,
    evidence: [attribution.cueSpan],
    control: attribution.cueTone === "neutral",
  };
}

/** "What does the reporting verb signal?" ("claimed" vs "said" vs "revealed"), from each cue's tone. */
export function buildReportingVerbQuestions(input: BuildInput): Question[] {
  const askedCues = new Set<string>();
  const drafts: QuestionDraft[] = [];
  // Loaded cues first: "claimed" and "revealed" teach more than the next "said".
  const attributions = [...input.analysis.attributions].sort(
    (left, right) => Number(left.cueTone === "neutral") - Number(right.cueTone === "neutral"),
  );
  let neutralAsked = false;
  for (const attribution of attributions) {
    const draft = verbDraft(input, attribution);
    const cue = attribution.cue.toLowerCase();
    // One question per reporting verb: the second "claimed" teaches nothing new. One neutral verb per
    // article: "said", "told" and "added" teach the same thing, and would make "neutral" the usual key.
    if (!draft || askedCues.has(cue) || (draft.control && neutralAsked)) continue;
    neutralAsked ||= draft.control === true;
    askedCues.add(cue);
    drafts.push(draft);
  }
  return drafts.map((draft) => finishQuestion(input, draft));
}
