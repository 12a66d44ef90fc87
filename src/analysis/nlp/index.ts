/**
 * The linguistic layer: tokens with offsets into the original text, sentence boundaries, part-of-speech
 * tags (Universal Dependencies tags) and lemmas, from wink-nlp with its English lite web model (MIT;
 * https://winkjs.org/wink-nlp/). The model is built once per isolate, on the first call, so routes
 * that never analyse an article never pay for it. Tagging costs about 2 ms per 1,000 words.
 */

import model from "wink-eng-lite-web-model";
import winkNLP, {
  type Document,
  type ItemToken,
  type ItsFunction,
  type PartOfSpeech,
  type WinkMethods,
} from "wink-nlp";
import type { Span } from "../types";

export type { PartOfSpeech };

/** One word or punctuation mark: its offsets into the text tagged, its tag and (on demand) its lemma. */
export interface Token extends Span {
  text: string;
  /** Lower case, curly apostrophes straightened: what word lists are matched against. */
  normal: string;
  pos: PartOfSpeech;
  /** The dictionary form: "said" → "say", "polls" → "poll" (computed when first read). */
  readonly lemma: string;
  /** Inside double quotation marks opened earlier in the text tagged (the marks themselves are not). */
  quoted: boolean;
}

/** A stretch of text read by the tagger: its tokens in order and the sentences it found. */
export interface TaggedText {
  tokens: Token[];
  sentences: Span[];
}

let engine: WinkMethods | undefined;

/** The tagger, built on first use: reading the model costs about 100 ms of CPU once per isolate. */
function tagger(): WinkMethods {
  engine ??= winkNLP(model, ["sbd", "pos"]);
  return engine;
}

/** Builds the tagger now rather than on the first article (benchmarks measure this cost apart). */
export function loadTagger(): void {
  tagger();
}

/** Tags the part of `text` between `span.start` and `span.end`; every offset is into `text`. */
export function tagText(text: string, span: Span = { start: 0, end: text.length }): TaggedText {
  const nlp = tagger();
  const doc = nlp.readDoc(text.slice(span.start, span.end));
  const items = doc.tokens();
  const values = items.out();
  const spaces = items.out(nlp.its.precedingSpaces) as string[];
  const tags = items.out(nlp.its.pos) as PartOfSpeech[];
  const tokens: Token[] = [];
  let cursor = span.start;
  let quoted = false;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? "";
    // The tokens and the spaces before them spell the text again; indexOf is a guard, not the rule.
    let start = cursor + (spaces[index]?.length ?? 0);
    if (text.slice(start, start + value.length) !== value) start = text.indexOf(value, cursor);
    if (start === -1 || start + value.length > span.end) break;
    const opens = value === "“" || (value === '"' && !quoted);
    const closes = value === "”" || (value === '"' && quoted);
    if (closes) quoted = false;
    tokens.push(new TaggedToken(value, start, tags[index] ?? "X", quoted, items.itemAt(index), nlp));
    if (opens) quoted = true;
    cursor = start + value.length;
  }
  return { tokens, sentences: sentenceSpans(doc, tokens, nlp) };
}

class TaggedToken implements Token {
  readonly end: number;
  readonly normal: string;
  #lemma: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly pos: PartOfSpeech,
    readonly quoted: boolean,
    private readonly item: ItemToken,
    private readonly nlp: WinkMethods,
  ) {
    this.end = start + text.length;
    this.normal = text.toLowerCase().replace(/’/g, "'");
  }

  get lemma(): string {
    // wink-nlp's type for its.lemma disagrees with ItemToken.out's parameter; the call is the documented one.
    const lemma = this.nlp.its.lemma as unknown as ItsFunction<string>;
    this.#lemma ??= String(this.item.out(lemma)).toLowerCase();
    return this.#lemma;
  }
}

/** The tagger's sentences as spans of the text, from their first token's start to their last token's end. */
function sentenceSpans(doc: Document, tokens: readonly Token[], nlp: WinkMethods): Span[] {
  const spans = doc.sentences().out(nlp.its.span) as unknown as [number, number][];
  return spans.flatMap(([first, last]) => {
    const from = tokens[first];
    const to = tokens[Math.min(last, tokens.length - 1)];
    return from && to ? [{ start: from.start, end: to.end }] : [];
  });
}

/**
 * The tokens of each sentence, by sentence index: each paragraph is tagged once and its tokens handed
 * to the sentence they start in (the engine's own sentence splitter decides the boundaries).
 */
export function tokensBySentence(
  text: string,
  sentences: readonly (Span & { index: number; paragraph: number })[],
): Map<number, Token[]> {
  const bySentence = new Map<number, Token[]>();
  let at = 0;
  while (at < sentences.length) {
    const first = sentences[at] as (typeof sentences)[number];
    let last = at;
    while ((sentences[last + 1]?.paragraph ?? Number.NaN) === first.paragraph) last++;
    const lastSentence = sentences[last] as (typeof sentences)[number];
    const { tokens } = tagText(text, { start: first.start, end: lastSentence.end });
    let sentenceAt = at;
    for (const token of tokens) {
      while (sentenceAt < last && token.start >= (sentences[sentenceAt] as Span).end) sentenceAt++;
      const index = (sentences[sentenceAt] as (typeof sentences)[number]).index;
      const list = bySentence.get(index) ?? [];
      list.push(token);
      bySentence.set(index, list);
    }
    at = last + 1;
  }
  return bySentence;
}
