/**
 * The linguistic layer: tokens with offsets into the original text, sentence boundaries, part-of-speech
 * tags (Universal Dependencies tags) and lemmas, from wink-nlp with its English lite web model (MIT;
 * https://winkjs.org/wink-nlp/). The tagger is built when this module is first evaluated: in a Worker
 * that is the isolate's startup (global scope), which has its own budget of 1 s, so no request pays the
 * ~100 ms build inside its 10 ms of CPU. Tagging costs about 2 ms per 1,000 words.
 * https://developers.cloudflare.com/workers/platform/limits/#worker-startup-time
 */

import model from "wink-eng-lite-web-model";
import winkNLP, { type Document, type ItsFunction, type PartOfSpeech, type WinkMethods } from "wink-nlp";
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

/**
 * The tagger, built once per isolate at module scope (startup), then warmed on one sentence so that the
 * first article does not pay for compiling the tagger's code either.
 */
const engine: WinkMethods = winkNLP(model, ["sbd", "pos"]);
engine.readDoc("The senator said the bill would pass.").tokens().out(engine.its.pos);

/**
 * The tagger's tokenizer slows down sharply on very long unbroken strings (a 24,000-character "word"
 * takes seconds), so a run longer than this is read as pieces of this length. Offsets do not move.
 */
const MAX_WORD_LENGTH = 64;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD_LENGTH + 1},}`, "g");

/** The text with a space in place of every MAX_WORD_LENGTH + 1st character of a long run: same length, same offsets. */
function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (run) => run.replace(new RegExp(`(.{${MAX_WORD_LENGTH}}).`, "g"), "$1 "));
}

/**
 * Tags the part of `text` between `span.start` and `span.end`; every offset is into `text`.
 * `quotedAtStart` says whether a quotation opened before the span is still open (a paragraph's
 * sentences are tagged one by one; a quotation may run across them).
 */
export function tagText(
  text: string,
  span: Span = { start: 0, end: text.length },
  quotedAtStart = false,
): TaggedText & { quotedAtEnd: boolean } {
  const { doc, tokens, quotedAtEnd } = readTokens(text, span, quotedAtStart);
  return { tokens, sentences: sentenceSpans(doc, tokens), quotedAtEnd };
}

/** The tokens of a span, as tagText gives them, without the tagger's own sentence spans. */
function readTokens(
  text: string,
  span: Span,
  quotedAtStart: boolean,
): { doc: Document; tokens: Token[]; quotedAtEnd: boolean } {
  const source = breakLongWords(text.slice(span.start, span.end));
  const doc = engine.readDoc(source);
  const items = doc.tokens();
  const values = items.out();
  const spaces = items.out(engine.its.precedingSpaces) as string[];
  const tags = items.out(engine.its.pos) as PartOfSpeech[];
  const tokens: Token[] = [];
  let cursor = 0;
  let quoted = quotedAtStart;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? "";
    // The tokens and the spaces before them spell the text again; indexOf is a guard, not the rule.
    let start = cursor + (spaces[index]?.length ?? 0);
    if (!source.startsWith(value, start)) start = source.indexOf(value, cursor);
    if (start === -1) break;
    const opens = value === "“" || (value === '"' && !quoted);
    const closes = value === "”" || (value === '"' && quoted);
    if (closes) quoted = false;
    tokens.push(new TaggedToken(value, span.start + start, tags[index] ?? "X", quoted, items, index));
    if (opens) quoted = true;
    cursor = start + value.length;
  }
  return { doc, tokens, quotedAtEnd: quoted };
}

type Tokens = ReturnType<Document["tokens"]>;

/** wink-nlp's type for its.lemma disagrees with ItemToken.out's parameter; the call is the documented one. */
const LEMMA = engine.its.lemma as unknown as ItsFunction<string>;

class TaggedToken implements Token {
  readonly end: number;
  #normal: string | undefined;
  #lemma: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly pos: PartOfSpeech,
    readonly quoted: boolean,
    /** The document's tokens, kept with each token: asking the document for them again builds a new collection. */
    private readonly items: Tokens,
    private readonly index: number,
  ) {
    this.end = start + text.length;
  }

  /** Computed when first read: rules look at the words around a cue, not at every token. */
  get normal(): string {
    this.#normal ??= this.text.toLowerCase().replace(/’/g, "'");
    return this.#normal;
  }

  /** Read from the tagger only when a rule asks: most tokens never need theirs. */
  get lemma(): string {
    this.#lemma ??= String(this.items.itemAt(this.index).out(LEMMA)).toLowerCase();
    return this.#lemma;
  }
}

/** The tagger's sentences as spans of the text, from their first token's start to their last token's end. */
function sentenceSpans(doc: Document, tokens: readonly Token[]): Span[] {
  const spans = doc.sentences().out(engine.its.span) as unknown as [number, number][];
  return spans.flatMap(([first, last]) => {
    const from = tokens[first];
    const to = tokens[Math.min(last, tokens.length - 1)];
    return from && to ? [{ start: from.start, end: to.end }] : [];
  });
}

/** A run of neighbouring sentences of one paragraph read by the tagger at once: its per-document cost is paid once. */
const MAX_RUN_CHARS = 2_000;

/**
 * Sentences longer than this are not tagged. The longest of 8,452 sentences of news (the seeds, eval and
 * practice articles, the PolNeAR and PTC texts in ../shared/corpora) has 817 characters; only text with
 * no sentence end, which the splitter cuts every 1,500 characters (a run-on page, thousands of quotation
 * marks or cue words in a row), runs longer, and tagging it would cost as much as the rest of the analysis.
 * Such a sentence is read by the character rules alone.
 */
export const MAX_TAGGED_SENTENCE_LENGTH = 1_000;

/** A full stop, question or exclamation mark, maybe inside closing quotes or brackets, at the end. */
const ENDS_A_SENTENCE = /[.!?…]["”’')\]]*\s*$/;

type TaggableSentence = Span & { index: number; paragraph: number; text: string };

/**
 * The tokens of each sentence, by sentence index, a quotation left open at the end of one sentence
 * still open in the next sentence of the same paragraph. Neighbouring sentences worth tagging are read
 * in runs of up to MAX_RUN_CHARS (the engine's splitter bounds each sentence, which bounds the
 * tagger's work), each token then given to the sentence it lies in. Sentences for which
 * `worthTagging` is false are not tagged (no entry): tagging is most of the engine's cost.
 */
export function tokensBySentence(
  text: string,
  sentences: readonly TaggableSentence[],
  worthTagging: (sentence: string) => boolean = () => true,
): Map<number, Token[]> {
  const bySentence = new Map<number, Token[]>();
  let quoted = false;
  let run: TaggableSentence[] = [];
  const flush = () => {
    if (run.length > 0) quoted = tagRun(text, run, quoted, bySentence);
    run = [];
  };
  let paragraph = Number.NaN;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      flush();
      quoted = false;
    }
    paragraph = sentence.paragraph;
    if (sentence.text.length > MAX_TAGGED_SENTENCE_LENGTH || !worthTagging(sentence.text)) {
      flush();
      quoted = quotedAfter(sentence.text, quoted);
      continue;
    }
    const first = run[0];
    const previous = run[run.length - 1];
    // A sentence the splitter had to cut (no end mark) is read apart, as the tagger would not cut it there.
    if (first && (sentence.end - first.start > MAX_RUN_CHARS || !ENDS_A_SENTENCE.test(previous?.text ?? "")))
      flush();
    run.push(sentence);
  }
  flush();
  return bySentence;
}

/**
 * Tags a run of sentences as one text and gives each its tokens; tokens between sentences (none but
 * spaces, in practice) are dropped. Long words are broken sentence by sentence, as when each sentence
 * is tagged alone. Returns whether a quotation is open at the end of the run.
 */
function tagRun(
  text: string,
  run: readonly TaggableSentence[],
  quotedAtStart: boolean,
  bySentence: Map<number, Token[]>,
): boolean {
  const first = run[0] as TaggableSentence;
  let source = "";
  let cursor = first.start;
  for (const sentence of run) {
    source += text.slice(cursor, sentence.start) + breakLongWords(text.slice(sentence.start, sentence.end));
    cursor = sentence.end;
  }
  const doc = engine.readDoc(source);
  const items = doc.tokens();
  const values = items.out();
  const spaces = items.out(engine.its.precedingSpaces) as string[];
  const tags = items.out(engine.its.pos) as PartOfSpeech[];
  let quoted = quotedAtStart;
  let at = 0;
  let tokens: Token[] = [];
  let offset = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? "";
    let start = offset + (spaces[index]?.length ?? 0);
    if (!source.startsWith(value, start)) start = source.indexOf(value, offset);
    if (start === -1) break;
    offset = start + value.length;
    const from = first.start + start;
    while (run[at] && from >= (run[at] as TaggableSentence).end) {
      bySentence.set((run[at] as TaggableSentence).index, tokens);
      tokens = [];
      at++;
    }
    const sentence = run[at];
    if (!sentence || from < sentence.start) continue;
    const opens = value === "“" || (value === '"' && !quoted);
    const closes = value === "”" || (value === '"' && quoted);
    if (closes) quoted = false;
    tokens.push(new TaggedToken(value, from, tags[index] ?? "X", quoted, items, index));
    if (opens) quoted = true;
  }
  for (; at < run.length; at++) {
    bySentence.set((run[at] as TaggableSentence).index, tokens);
    tokens = [];
  }
  return quoted;
}

/** Whether a quotation is open after reading `text`, as tagText counts the marks. */
function quotedAfter(text: string, quotedAtStart: boolean): boolean {
  let quoted = quotedAtStart;
  for (const mark of text.matchAll(/[“”"]/g)) quoted = mark[0] === "“" || (mark[0] === '"' && !quoted);
  return quoted;
}
