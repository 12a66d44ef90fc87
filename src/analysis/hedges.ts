import { HEDGE_PHRASES, UNSUPPORTED_CLAIM_PHRASES } from "./lexicon/hedges";
import { compilePhraseFinder } from "./lexicon/phrases";
import { reportsSpeech } from "./reporting-cues";
import type { Attribution, Hedge, Sentence, UnsupportedClaimMarker } from "./types";

const findHedgeCues = compilePhraseFinder(HEDGE_PHRASES);
const findUnsupportedMarkers = compilePhraseFinder(UNSUPPORTED_CLAIM_PHRASES);

/**
 * Hedges in sentences that name no source of their own. A stance is no source for the sentence's claim:
 * in "the governor is reportedly planning to sign", nobody named says the governor plans it.
 */
export function findHedges(sentences: readonly Sentence[], attributions: readonly Attribution[]): Hedge[] {
  const attributed = new Set(attributions.filter(reportsSpeech).map((item) => item.sentence));
  return sentences
    .filter((sentence) => !attributed.has(sentence.index))
    .flatMap((sentence) =>
      findHedgeCues(sentence.text).map((match) => ({
        cue: match[0],
        sentence: sentence.index,
        start: sentence.start + match.index,
        end: sentence.start + match.index + match[0].length,
      })),
    );
}

/** "No evidence was provided", "could not be independently verified", "did not provide evidence". */
export function findUnsupportedClaimMarkers(sentences: readonly Sentence[]): UnsupportedClaimMarker[] {
  return sentences.flatMap((sentence) =>
    findUnsupportedMarkers(sentence.text).map((match) => ({
      text: match[0],
      sentence: sentence.index,
      start: sentence.start + match.index,
      end: sentence.start + match.index + match[0].length,
    })),
  );
}
