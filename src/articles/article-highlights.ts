import type {
  ArticleAnalysis,
  Attribution,
  Hedge,
  LoadedTerm,
  Sentence,
  Span,
  UnsupportedClaimMarker,
} from "../analysis/types";
import type { Highlight } from "./highlight-spans";

/** What a highlighted span of the article is, with the finding behind it. */
export type HighlightData =
  | { kind: "source"; attribution: Attribution }
  | { kind: "cue"; attribution: Attribution }
  | { kind: "hedge"; hedge: Hedge }
  | { kind: "unsupported"; marker: UnsupportedClaimMarker }
  | { kind: "loaded"; term: LoadedTerm; id: string };

export type HighlightKind = HighlightData["kind"];

/** Outer first: a loaded term nests inside a source or a no-evidence marker, never the other way round. */
const PRIORITY: Record<HighlightKind, number> = { unsupported: 1, source: 2, cue: 2, hedge: 3, loaded: 4 };

function highlight(span: Span, data: HighlightData): Highlight<HighlightData> {
  return { start: span.start, end: span.end, priority: PRIORITY[data.kind], data };
}

/** Every finding of the analysis that is shown in the article body, as spans of its text. */
export function articleHighlights(analysis: ArticleAnalysis): Highlight<HighlightData>[] {
  return [
    ...analysis.attributions.flatMap((attribution) => [
      highlight(attribution.sourceSpan, { kind: "source", attribution }),
      highlight(attribution.cueSpan, { kind: "cue", attribution }),
    ]),
    ...analysis.hedges.map((hedge) => highlight(hedge, { kind: "hedge", hedge })),
    ...analysis.unsupported.map((marker) => highlight(marker, { kind: "unsupported", marker })),
    ...analysis.loaded.map((term, index) => highlight(term, { kind: "loaded", term, id: `loaded-${index}` })),
  ];
}

/** The paragraphs of reporting, each from its first sentence's start to its last sentence's end. */
export function paragraphSpans(sentences: readonly Sentence[]): Span[] {
  const byParagraph = new Map<number, Span>();
  for (const sentence of sentences) {
    const span = byParagraph.get(sentence.paragraph);
    if (span) {
      span.start = Math.min(span.start, sentence.start);
      span.end = Math.max(span.end, sentence.end);
    } else {
      byParagraph.set(sentence.paragraph, { start: sentence.start, end: sentence.end });
    }
  }
  return [...byParagraph.entries()].sort(([a], [b]) => a - b).map(([, span]) => span);
}
