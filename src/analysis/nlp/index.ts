/**
 * The linguistic layer: tokens with offsets into the original text, part-of-speech tags (Universal
 * Dependencies tags) and lemmas, for the engine's own sentences, from wink-nlp with its English lite web model (MIT;
 * https://winkjs.org/wink-nlp/). The tagger is built when this module is first evaluated: in a Worker
 * that is the isolate's startup (global scope), which has its own budget of 1 s, so no request pays the
 * ~100 ms build inside its 10 ms of CPU. Tagging costs about 2 ms per 1,000 words.
 * https://developers.cloudflare.com/workers/platform/limits/#worker-startup-time
 */

import model from "wink-eng-lite-web-model";
import winkNLP, { type Document, type ItsFunction, type PartOfSpeech, type WinkMethods } from "wink-nlp";
import type { Span } from "../types";
import { isWhitespace } from "../whitespace";

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

/**
 * The tagger, built once per isolate at module scope (startup), then warmed on one sentence so that the
 * first article does not pay for compiling the tagger's code either. Only its part-of-speech step runs:
 * the engine splits sentences itself (sentences.ts), and wink-nlp's tags are the same without its
 * sentence splitter (1,755 paragraphs of news compared), which cost about a tenth of the tagging.
 */
const engine: WinkMethods = winkNLP(model, ["pos"]);
engine.readDoc("The senator said the bill would pass.").tokens().out(engine.its.pos);

/**
 * The tagger's tokenizer slows down sharply on very long unbroken strings (a 24,000-character "word"
 * takes seconds), so a run longer than this is read as pieces of this length. Offsets do not move.
 */
const MAX_WORD_LENGTH = 64;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD_LENGTH + 1},}`, "g");

/** The text with a space in place of every MAX_WORD_LENGTH + 1st character of a long run: same length, same offsets. */
function breakLongWords(text: string): string {
  if (!hasLongWord(text)) return text;
  return text.replace(LONG_WORD, (run) => run.replace(new RegExp(`(.{${MAX_WORD_LENGTH}}).`, "g"), "$1 "));
}

/** Whether a run of more than MAX_WORD_LENGTH characters other than whitespace (as `\s` reads it) is in the text. */
function hasLongWord(text: string): boolean {
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    if (isWhitespace(text.charCodeAt(index))) run = 0;
    else if (++run > MAX_WORD_LENGTH) return true;
  }
  return false;
}

type Tokens = ReturnType<Document["tokens"]>;

/** wink-nlp's type for its.lemma disagrees with ItemToken.out's parameter; the call is the documented one. */
const LEMMA = engine.its.lemma as unknown as ItsFunction<string>;

/** One tagged run's tokens, kept with each of its tokens: asking the document for them again builds a new collection. */
interface TaggedRun {
  items: Tokens;
  /** Which tokens are pieces of a contraction ("ca" and "n't" of "can't"), read for the whole run when a lemma is first asked for. */
  contractions?: boolean[];
}

/**
 * Lemmas already computed, by tag and then by token text. Outside a contraction, wink-nlp's lemma of a token
 * depends only on its text and its tag (its model's word list and lemmatizer rules, fixed once loaded), and
 * computing it (an item object and up to eight replacements for a noun) costs more than the look-up. The cache
 * lives as long as the isolate, so it is emptied past MAX_CACHED_LEMMAS words.
 */
const LEMMAS = new Map<PartOfSpeech, Map<string, string>>();
const MAX_CACHED_LEMMAS = 50_000;
let cachedLemmas = 0;

function lemmaOf(run: TaggedRun, index: number, text: string, pos: PartOfSpeech): string {
  run.contractions ??= run.items.out(engine.its.contractionFlag) as boolean[];
  if (run.contractions[index]) return computeLemma(run, index);
  let byText = LEMMAS.get(pos);
  if (!byText) {
    byText = new Map();
    LEMMAS.set(pos, byText);
  }
  let lemma = byText.get(text);
  if (lemma === undefined) {
    if (cachedLemmas >= MAX_CACHED_LEMMAS) {
      for (const map of LEMMAS.values()) map.clear();
      cachedLemmas = 0;
    }
    lemma = computeLemma(run, index);
    byText.set(text, lemma);
    cachedLemmas++;
  }
  return lemma;
}

function computeLemma(run: TaggedRun, index: number): string {
  return String(run.items.itemAt(index).out(LEMMA)).toLowerCase();
}

class TaggedToken implements Token {
  readonly end: number;
  #normal: string | undefined;
  #lemma: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly pos: PartOfSpeech,
    readonly quoted: boolean,
    private readonly run: TaggedRun,
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
    this.#lemma ??= lemmaOf(this.run, this.index, this.text, this.pos);
    return this.#lemma;
  }
}

/**
 * The sentences of one paragraph worth tagging, read by the tagger as one text: its per-document cost
 * (about 25 µs, a short sentence's worth) is paid once. Sentences not worth tagging between them are
 * left out of the text; only their quotation marks are counted.
 */
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

/** A sentence of a run: where its words start in the run's text, and the untagged sentences read before it. */
interface RunSentence {
  sentence: TaggableSentence;
  at: number;
  skipped: readonly TaggableSentence[];
}

/**
 * The tokens of each sentence, by sentence index, a quotation left open at the end of one sentence
 * still open in the next sentence of the same paragraph. The sentences of a paragraph worth tagging are
 * read in runs of up to MAX_RUN_CHARS (the engine's splitter bounds each sentence, which bounds the
 * tagger's work), each token then given to the sentence it lies in. Sentences for which `worthTagging`
 * is false are not tagged (no entry): tagging is most of the engine's cost.
 */
export function tokensBySentence(
  text: string,
  sentences: readonly TaggableSentence[],
  worthTagging: (sentence: string) => boolean = () => true,
): Map<number, Token[]> {
  const bySentence = new Map<number, Token[]>();
  let quoted = false;
  let run: RunSentence[] = [];
  let source = "";
  let skipped: TaggableSentence[] = [];
  const flush = () => {
    if (run.length > 0) quoted = tagRun(source, run, quoted, bySentence);
    for (const sentence of skipped) quoted = quotedAfter(sentence.text, quoted);
    run = [];
    source = "";
    skipped = [];
  };
  let paragraph = Number.NaN;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      flush();
      quoted = false;
    }
    paragraph = sentence.paragraph;
    if (sentence.text.length > MAX_TAGGED_SENTENCE_LENGTH || !worthTagging(sentence.text)) {
      skipped.push(sentence);
      continue;
    }
    const previous = run[run.length - 1]?.sentence;
    // A sentence the splitter had to cut (no end mark) is read apart, as the tagger would not cut it there.
    if (
      previous &&
      (source.length + sentence.text.length > MAX_RUN_CHARS || !ENDS_A_SENTENCE.test(previous.text))
    )
      flush();
    const last = run[run.length - 1]?.sentence;
    // The gap between neighbours as written; one space where untagged sentences were left out.
    if (last) source += skipped.length === 0 ? text.slice(last.end, sentence.start) : " ";
    run.push({ sentence, at: source.length, skipped });
    source += breakLongWords(sentence.text);
    skipped = [];
  }
  flush();
  return bySentence;
}

/**
 * Tags a run's text and gives each sentence its tokens; tokens between sentences (none but spaces, in
 * practice) are dropped. Returns whether a quotation is open at the end of the run.
 */
function tagRun(
  source: string,
  run: readonly RunSentence[],
  quotedAtStart: boolean,
  bySentence: Map<number, Token[]>,
): boolean {
  const doc = engine.readDoc(source);
  const items = doc.tokens();
  const taggedRun: TaggedRun = { items };
  const values = items.out();
  const spaces = items.out(engine.its.precedingSpaces) as string[];
  const tags = items.out(engine.its.pos) as PartOfSpeech[];
  let quoted = quotedAtStart;
  let at = -1;
  let tokens: Token[] = [];
  let offset = 0;
  const enter = (next: number) => {
    for (; at < next; at++) {
      if (at >= 0) bySentence.set((run[at] as RunSentence).sentence.index, tokens);
      tokens = [];
      for (const skipped of run[at + 1]?.skipped ?? []) quoted = quotedAfter(skipped.text, quoted);
    }
  };
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? "";
    let start = offset + (spaces[index]?.length ?? 0);
    if (!source.startsWith(value, start)) start = source.indexOf(value, offset);
    if (start === -1) break;
    offset = start + value.length;
    let next = Math.max(at, 0);
    while (run[next + 1] && start >= (run[next + 1] as RunSentence).at) next++;
    enter(next);
    const current = run[at] as RunSentence;
    if (start < current.at || start >= current.at + current.sentence.text.length) continue;
    // ''…'' (two apostrophes, as some papers print quotation marks) counts as a straight double mark.
    // (The tagger may read the second apostrophe of an opening mark into the word: "'" then "'A".)
    const doubled =
      value === "''" || (value === "'" && (values[index + 1] ?? "").startsWith("'") && !spaces[index + 1]);
    const secondOfPair = value === "'" && values[index - 1] === "'" && !spaces[index];
    const straight = value === '"' || doubled;
    const opens = value === "“" || (straight && !quoted);
    const closes = value === "”" || (straight && quoted);
    if (closes) quoted = false;
    tokens.push(
      new TaggedToken(
        value,
        current.sentence.start + start - current.at,
        tags[index] ?? "X",
        quoted && !secondOfPair,
        taggedRun,
        index,
      ),
    );
    if (opens) quoted = true;
  }
  enter(run.length);
  return quoted;
}

/** A quotation mark: curly, straight, or '' (two apostrophes, read as a straight double mark). */
const QUOTATION_MARK = /''|[“”"]/g;

/** Whether a quotation is open after reading `text`, as tagRun counts the marks ('' as a straight double mark). */
function quotedAfter(text: string, quotedAtStart: boolean): boolean {
  let quoted = quotedAtStart;
  // One pattern, reset for each text: matchAll would copy it each time.
  QUOTATION_MARK.lastIndex = 0;
  for (let mark = QUOTATION_MARK.exec(text); mark; mark = QUOTATION_MARK.exec(text))
    quoted = mark[0] === "“" || (mark[0] !== "”" && !quoted);
  return quoted;
}
