import type { Attribution, Hedge, Sentence, UnsupportedClaimMarker } from "./types";

/** Phrases that let a claim float free of any source. */
const HEDGE_CUES =
  /\b(reportedly|allegedly|purportedly|supposedly|it(?: is|'s|’s| was) (?:expected|believed|claimed|reported|said|rumou?red|understood|thought)|(?:is|are|was|were) (?:said|believed|rumou?red|understood|thought|reported|alleged|expected) to|(?:earlier |some |unconfirmed )?reports (?:appeared|emerged|surfaced|suggest(?:ed)?|indicate(?:d)?)|there (?:are|were) (?:unconfirmed )?reports)\b/gi;

/** The article itself says that a claim came without evidence or could not be checked. */
const UNSUPPORTED_MARKERS =
  /\b(no (?:\w+ ){0,2}(?:evidence|proof)(?: [\w\s]{0,40}?)? (?:was|were|has been|had been|is|was ever) (?:provided|presented|offered|given|shown|produced)|(?:could|can|cannot|can't|could not|has not been|have not been|was not|were not)(?: not)? (?:be )?(?:immediately )?(?:independently )?(?:verified|confirmed)|(?:could not|cannot|can't|was unable to|were unable to|did not) (?:immediately )?(?:independently )?(?:verify|confirm)|(?:did|has|have|had) not (?:provided|provide|offered|offer|presented|present|given|give|shown|show) (?:any )?(?:evidence|proof)|(?:provided|offered|presented|gave) no (?:evidence|proof)|without (?:providing|offering|presenting|giving) (?:any )?(?:evidence|proof)|there (?:is|was) no evidence)\b/gi;

/** Hedges in sentences that name no source of their own. */
export function findHedges(sentences: readonly Sentence[], attributions: readonly Attribution[]): Hedge[] {
  const attributed = new Set(attributions.map((item) => item.sentence));
  return sentences
    .filter((sentence) => !attributed.has(sentence.index))
    .flatMap((sentence) =>
      [...sentence.text.matchAll(HEDGE_CUES)].map((match) => ({
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
    [...sentence.text.matchAll(UNSUPPORTED_MARKERS)].map((match) => ({
      text: match[0],
      sentence: sentence.index,
      start: sentence.start + match.index,
      end: sentence.start + match.index + match[0].length,
    })),
  );
}
