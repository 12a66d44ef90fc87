import type { Span } from "../analysis/types";

/** A span of the text to highlight. A lower priority number wraps a higher one where they overlap. */
export interface Highlight<T> extends Span {
  priority: number;
  data: T;
}

export interface TextSegment extends Span {
  type: "text";
}

/** One piece of a highlight; a highlight cut by another one comes out in several pieces. */
export interface MarkSegment<T> extends Span {
  type: "mark";
  highlight: Highlight<T>;
  /** True for the piece that holds the highlight's first character (where a label or tooltip belongs). */
  first: boolean;
  children: Segment<T>[];
}

export type Segment<T> = TextSegment | MarkSegment<T>;

/**
 * Cuts `range` of a text into nested segments for rendering. Overlaps are resolved the same way every
 * time: the text is split at every boundary, and each piece is wrapped by its covering highlights in
 * order of priority (then earlier start, then longer span, then input order).
 */
export function segmentText<T>(range: Span, highlights: readonly Highlight<T>[]): Segment<T>[] {
  const ordered = highlights
    .map((highlight, index) => ({ highlight, index }))
    .filter(({ highlight }) => highlight.end > highlight.start)
    .sort((a, b) => compareHighlights(a.highlight, b.highlight) || a.index - b.index)
    .map(({ highlight }) => highlight);
  return segmentWithin(range, ordered, range);
}

function compareHighlights<T>(a: Highlight<T>, b: Highlight<T>): number {
  return a.priority - b.priority || a.start - b.start || b.end - b.start - (a.end - a.start);
}

function segmentWithin<T>(range: Span, ordered: readonly Highlight<T>[], whole: Span): Segment<T>[] {
  const touching = ordered.filter((item) => item.start < range.end && item.end > range.start);
  if (range.end <= range.start) return [];
  if (touching.length === 0) return [{ type: "text", start: range.start, end: range.end }];
  return groupByOutermost(range, touching).map(({ start, end, outer }) => {
    if (!outer) return { type: "text", start, end };
    const inner = touching.filter((item) => item !== outer);
    return {
      type: "mark",
      start,
      end,
      highlight: outer,
      first: start === Math.max(outer.start, whole.start),
      children: segmentWithin({ start, end }, inner, whole),
    };
  });
}

interface Piece<T> extends Span {
  outer: Highlight<T> | undefined;
}

/** Splits the range at every boundary and joins neighbouring pieces that share their outermost highlight. */
function groupByOutermost<T>(range: Span, ordered: readonly Highlight<T>[]): Piece<T>[] {
  const pieces: Piece<T>[] = [];
  const points = boundaries(range, ordered);
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] ?? range.start;
    const end = points[index + 1] ?? range.end;
    const outer = ordered.find((item) => item.start <= start && item.end >= end);
    const previous = pieces[pieces.length - 1];
    if (previous && previous.outer === outer) previous.end = end;
    else pieces.push({ start, end, outer });
  }
  return pieces;
}

function boundaries<T>(range: Span, ordered: readonly Highlight<T>[]): number[] {
  const points = new Set([range.start, range.end]);
  for (const item of ordered) {
    for (const point of [item.start, item.end]) {
      if (point > range.start && point < range.end) points.add(point);
    }
  }
  return [...points].sort((a, b) => a - b);
}
