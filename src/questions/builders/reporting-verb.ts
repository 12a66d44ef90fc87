import type { Attribution, CueTone } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import { attributionExtent, hasUsableClaim, sourceName } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

/** What each cue tone signals, as an option a student picks (after the AP guidance on "said"). */
const TONE_MEANINGS: Readonly<Record<CueTone, string>> = {
  neutral: "Nothing: it is a plain, neutral way to report words",
  distancing: "The writer hints the claim may not be true",
  presupposing: "The writer treats the claim as a proven fact",
  emotive: "The speaker attacked someone with strong feeling",
};

const TONE_EXPLANATIONS: Readonly<Record<CueTone, string>> = {
  neutral: "is a neutral reporting word: it tells you who said it and takes no side on whether it is true",
  distancing:
    "puts distance between the writer and the claim: it hints the claim is doubtful without saying why",
  presupposing: "presents the claim as a fact that was brought to light, so the reader takes it as true",
  emotive: "adds drama: it tells you how to feel about the words rather than just reporting them",
};

const TONES: readonly CueTone[] = ["neutral", "distancing", "presupposing", "emotive"];

/** Neutral cues worth a control item: plain reporting words ("link" or "accused" would blur the lesson). */
const PLAIN_VERBS = /^(said|says|told|added|reported|stated|announced|explained|noted|wrote|according to)$/i;

function verbDraft(input: BuildInput, attribution: Attribution): QuestionDraft | null {
  const { text } = input.article;
  const cue = text.slice(attribution.cueSpan.start, attribution.cueSpan.end);
  if (!sourceName(attribution) || !hasUsableClaim(attribution)) return null;
  if (attribution.cueTone === "neutral" && !PLAIN_VERBS.test(cue)) return null;
  const shown = excerpt(text, attributionExtent(attribution), attribution.cueSpan, 140);
  const options: OptionDraft[] = TONES.map((tone) => ({
    text: TONE_MEANINGS[tone],
    correct: tone === attribution.cueTone,
    feedback:
      tone === attribution.cueTone
        ? "Right."
        : `No: ${quote(cue)} ${TONE_EXPLANATIONS[attribution.cueTone]}.`,
  }));
  return {
    skill: "attribution",
    kind: "reporting-verb",
    difficulty: attribution.cueTone === "neutral" ? 1 : 3,
    prompt: `${quote(shown)} What does the word ${quote(cue)} signal?`,
    options,
    explanation: `In ${quote(shown)}, ${quote(cue)} ${TONE_EXPLANATIONS[attribution.cueTone]}.`,
    evidence: [attribution.cueSpan],
    control: attribution.cueTone === "neutral",
  };
}

/** "What does the reporting verb signal?" ("claimed" vs "said" vs "revealed"), from each cue's tone. */
export function buildReportingVerbQuestions(input: BuildInput): Question[] {
  const askedCues = new Set<string>();
  const drafts: QuestionDraft[] = [];
  for (const attribution of input.analysis.attributions) {
    const draft = verbDraft(input, attribution);
    const cue = attribution.cue.toLowerCase();
    // One question per reporting verb: the second "claimed" teaches nothing new.
    if (!draft || askedCues.has(cue)) continue;
    askedCues.add(cue);
    drafts.push(draft);
  }
  return drafts.map((draft) => finishQuestion(input.article, draft));
}
