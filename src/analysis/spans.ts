import type { Sentence, Span } from "./types";

/**
 * The sentence that holds an offset, by binary search over sentences in text order (they never
 * overlap), or undefined when the offset falls between sentences.
 */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Sentence;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

/** The index of the first sentence that ends after an offset (sentences.length when none does). */
function firstSentenceEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as Sentence).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Each sentence's index with the spans that overlap it, in the spans' order. A span across several
 * sentences is listed under each; the cost is the number of such pairs, not spans × sentences.
 */
export function spansBySentence<T extends Span>(
  spans: readonly T[],
  sentences: readonly Sentence[],
): Map<number, T[]> {
  const bySentence = new Map<number, T[]>();
  for (const span of spans) {
    for (let at = firstSentenceEndingAfter(sentences, span.start); at < sentences.length; at++) {
      const sentence = sentences[at] as Sentence;
      if (sentence.start >= span.end) break;
      const list = bySentence.get(sentence.index) ?? [];
      list.push(span);
      bySentence.set(sentence.index, list);
    }
  }
  return bySentence;
}

/** The items (in sentence order) whose sentence index lies between first and last, found by binary search. */
export function inSentences<T extends { sentence: number }>(
  items: readonly T[],
  first: number,
  last: number,
): T[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle] as T).sentence < first) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let at = low; at < items.length && (items[at] as T).sentence <= last; at++) found.push(items[at] as T);
  return found;
}

/**
 * A test of whether a span overlaps any of `spans`, by binary search over them sorted by start, with the
 * furthest end reached so far: each test costs log(spans) instead of a pass over all of them.
 */
export function overlapsAnyOf(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const span of sorted) furthestEnd.push(Math.max(span.end, furthestEnd[furthestEnd.length - 1] ?? 0));
  return (span) => {
    // The spans that start before this one ends are sorted[0 .. low - 1]; one of them overlaps if it ends after its start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] as Span).start < span.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] as number) > span.start;
  };
}

/** The span moved by `by` characters: from offsets in a sentence to offsets in the article, or back. */
export function shifted(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
