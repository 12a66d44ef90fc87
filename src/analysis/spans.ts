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
