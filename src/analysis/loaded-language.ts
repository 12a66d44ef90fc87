import { endAnchored } from "./end-anchored";
import {
  type ContextRule,
  HATING_COMPOUNDS,
  LEXICON,
  type LexiconEntry,
  SCARE_QUOTES,
  SO_CALLED,
  SO_CALLED_QUOTED,
} from "./lexicon";
import { compileForms, formKey, wordsOf } from "./lexicon/forms";
import { CALENDAR_WORD } from "./lexicon/months";
import { findQuotations, type Quotation, quotationAround } from "./quotations";
import { spansBySentence } from "./spans";
import type { Attribution, LoadedTerm, Sentence, Span } from "./types";

/** A context rule with its phrases split into words once, at module load. */
interface CompiledRule {
  before: string[][];
  after: string[][];
  sentence: string[][];
  window: number;
  passive: boolean;
  nameAfter: boolean;
  atStart: boolean;
  speech: boolean;
}

interface CompiledEntry {
  entry: LexiconEntry;
  requires: CompiledRule[];
  unless: CompiledRule[];
  neutralWhen: { rule: CompiledRule; neutral: readonly string[] }[];
}

const ENTRY_BY_FORM = new Map<string, CompiledEntry>(
  LEXICON.flatMap((entry) => {
    const compiled = {
      entry,
      requires: (entry.requires ?? []).map(compileRule),
      unless: (entry.unless ?? []).map(compileRule),
      neutralWhen: (entry.neutralWhen ?? []).map((rule) => ({
        rule: compileRule(rule),
        neutral: rule.neutral,
      })),
    };
    return entry.forms.map((form) => [formKey(form), compiled] as const);
  }),
);
const findLexiconForms = compileForms(ENTRY_BY_FORM.keys());
const MAYBE_SO_CALLED = /so-called/i;
/** "Trump-hating", "America-bashing": any word, a hyphen, and an ending that brands by hatred. */
const HATING_COMPOUND = new RegExp(
  `(?<![\\p{L}\\p{N}-])[\\p{L}]+(?:-[\\p{L}]+)?-(?:${HATING_COMPOUNDS.endings.join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);
/** The hyphen and ending every hating compound has: a sentence without one is not searched for them. */
const MAYBE_HATING_COMPOUND = new RegExp(`-(?:${HATING_COMPOUNDS.endings.join("|")})`, "iu");
const SO_CALLED_PATTERN = /(?<![\p{L}\p{N}])so-called\s+/giu;
/**
 * Words that end the name after "so-called": verbs (with the past participles that do not end in "-ed":
 * "the so-called evidence put forth"), prepositions, conjunctions.
 */
const SO_CALLED_STOP = new Set(
  "said says claimed claims is are was were has have had will would can could of in on at and or but that which who with to by for from as put set made given taken held led known shown seen found told brought sent kept built won become begun".split(
    " ",
  ),
);
const SO_CALLED_MAX_WORDS = 3;
/** "Turkey considers the YPG a terrorist group", "the commander called them vermin": someone else's word. */
const NAMED_BY_SOMEONE = endAnchored(
  /(?:(?<!\bso-)\b(?:calls?|called|calling|considers?|considered|brands?|branded|labels?|labell?ed|deems?|deemed|regards?|regarded|dubs?|dubbed|terms?|termed)\s+(?!on\b|for\b|off\b|up\b|in\b|out\b|back\b)(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:as\s+)?|\b(?:describ|denounc|dismiss|condemn|hail|brand|label|portray|paint)(?:e|es|ed|ing|s)?\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?as\s+|\baccus(?:e|es|ed|ing)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?of\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?)(?:an?\s+|the\s+)?$/iu,
);
/** How far back a naming verb is looked for: a verb, its object and a few words. */
const NAMING_REACH = 90;
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"]);

interface Voice {
  voice: "author" | "quoted";
  speaker: string | null;
}

/**
 * Wording that takes sides, sentence by sentence: lexicon words that pass their context rules, scare
 * quotes and "so-called". Words in a quotation, or in a claim held at arm's length, are the speaker's.
 */
export function findLoadedTerms(
  text: string,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
  { titleCase = false }: { titleCase?: boolean } = {},
): LoadedTerm[] {
  const quotationsBySentence = spansBySentence(findQuotations(text, sentences, attributions), sentences);
  const attributionsBySentence = spansBySentence(attributions, sentences);
  const found: LoadedTerm[] = [];
  const seen = new Set<string>();
  for (const [index, sentence] of sentences.entries()) {
    // A sentence printed again word for word (a reader poll, a pull quote) is page furniture: its words were read once.
    if (isRepeat(sentence.text, seen)) continue;
    // One printed twice in a row is a widget's heading and its question (a reader poll): no copy is the article's.
    if (isRepeatedAtOnce(sentence, sentences[index + 1])) continue;
    // Only the quotations and attributions around this sentence: each sentence costs the same however long the article.
    const quotations = quotationsBySentence.get(sentence.index) ?? [];
    const attributions = attributionsBySentence.get(sentence.index) ?? [];
    // A device wins over the words it holds: in 'so-called "freedom fighters"' nobody is praised.
    const devices = withoutOverlaps([
      ...soCalledTerms(text, sentence, quotations, attributions),
      ...scareQuoteTerms(text, sentence, quotations),
    ]);
    // A compound wins over the word it ends with: "Europe-bashing" is one label, not "bashing".
    const words = withoutOverlaps([
      ...hatingCompounds(text, sentence, quotations, attributions),
      ...lexiconTerms(text, sentence, quotations, attributions, titleCase || isTitleCaseLine(sentence.text)),
    ]).filter((term) => !devices.some((device) => overlaps(device, term)));
    found.push(...words, ...devices);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words this short ("of", "the", "and", "Is") are left lower case or not by house style; longer ones tell title case. */
const TITLE_CASE_MIN_WORD = 4;
const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_WORD = /\p{L}[\p{L}'’]*/gu;
const UPPER_CASE_START = /^\p{Lu}/u;

/**
 * A line in title case inside the body ("Senator Calls The Plan A Bizarre Stunt") is a heading or a headline
 * quoted as a sentence: there, as in the headline, a capital does not make a word part of a name.
 */
function isTitleCaseLine(sentenceText: string): boolean {
  // Read word by word: the first long word in lower case settles it, so a sentence of prose costs a few words.
  let words = 0;
  TITLE_CASE_WORD.lastIndex = 0;
  for (let match = TITLE_CASE_WORD.exec(sentenceText); match; match = TITLE_CASE_WORD.exec(sentenceText)) {
    if (match[0].length < TITLE_CASE_MIN_WORD) continue;
    if (!UPPER_CASE_START.test(match[0])) return false;
    words++;
  }
  return words >= TITLE_CASE_MIN_WORDS;
}

/** Sentences shorter than this ("No.", "Why?") may well repeat in a text that reads naturally. */
const MIN_REPEATED_SENTENCE = 30;

/** Whether the next sentence prints this one again, word for word, straight after it. */
function isRepeatedAtOnce(sentence: Sentence, next: Sentence | undefined): boolean {
  return next !== undefined && sentence.text.length >= MIN_REPEATED_SENTENCE && next.text === sentence.text;
}

/** Whether the sentence's text was read earlier in the article (and remembers it for later sentences). */
function isRepeat(sentenceText: string, seen: Set<string>): boolean {
  if (sentenceText.length < MIN_REPEATED_SENTENCE) return false;
  if (seen.has(sentenceText)) return true;
  seen.add(sentenceText);
  return false;
}

function lexiconTerms(
  text: string,
  sentence: Sentence,
  quotations: readonly Quotation[],
  attributions: readonly Attribution[],
  titleCase: boolean,
): LoadedTerm[] {
  const terms: LoadedTerm[] = [];
  for (const match of findLexiconForms(text, sentence.start, sentence.end, MAX_TERMS_PER_SENTENCE)) {
    const compiled = ENTRY_BY_FORM.get(match.key);
    if (!compiled) continue;
    const span = { start: match.start, end: match.end };
    const at = match.start - sentence.start;
    const matched = text.slice(match.start, match.end);
    // In a title-case headline every word has a capital: only words often found in names are doubted.
    const nameCheck = !titleCase || compiled.entry.skipInNames;
    if (nameCheck && isPartOfName(sentence.text, at, matched, compiled.entry)) continue;
    const context = contextAround(sentence.text, at, at + matched.length, () =>
      reportsSpeech(text, span, quotations, attributions),
    );
    if (!fitsContext(compiled, context)) continue;
    if (NAMES_AN_ACT.has(compiled.entry.category) && namesACharge(sentence.text, at)) continue;
    if (quotationAround(quotations, span, "mention") || quotationAround(quotations, span, "scare")) continue;
    const { entry } = compiled;
    terms.push({
      text: text.slice(span.start, span.end),
      category: entry.category,
      neutral: [...neutralFor(compiled, context)],
      explanation: entry.explanation,
      ...voiceOf(text, sentence, span, quotations, attributions),
      sentence: sentence.index,
      ...span,
    });
  }
  return terms;
}

/** "Trump-hating", "America-bashing": a label for people built from what they are said to hate. */
function hatingCompounds(
  text: string,
  sentence: Sentence,
  quotations: readonly Quotation[],
  attributions: readonly Attribution[],
): LoadedTerm[] {
  if (!MAYBE_HATING_COMPOUND.test(sentence.text)) return [];
  const terms: LoadedTerm[] = [];
  for (const match of sentence.text.matchAll(HATING_COMPOUND)) {
    if (terms.length === MAX_TERMS_PER_SENTENCE) break;
    const span = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
    if (quotationAround(quotations, span, "mention")) continue;
    terms.push({
      text: match[0],
      category: "label",
      neutral: [...HATING_COMPOUNDS.neutral],
      explanation: HATING_COMPOUNDS.explanation,
      ...voiceOf(text, sentence, span, quotations, attributions),
      sentence: sentence.index,
      ...span,
    });
  }
  return terms;
}

/** A quotation that nobody is quoted as saying: the author's device, unless it sits in someone's speech. */
function scareQuoteTerms(text: string, sentence: Sentence, quotations: readonly Quotation[]): LoadedTerm[] {
  return quotations
    .filter((quotation) => quotation.kind === "scare" && quotation.sentence === sentence.index)
    .map((quotation) => {
      const speech = quotationAround(quotations, quotation, "speech");
      return {
        text: text.slice(quotation.start, quotation.end),
        category: "scare-quotes" as const,
        neutral: [text.slice(quotation.inner.start, quotation.inner.end).trim()],
        explanation: SCARE_QUOTES.explanation,
        voice: speech ? ("quoted" as const) : ("author" as const),
        speaker: speech?.speaker ?? null,
        sentence: sentence.index,
        start: quotation.start,
        end: quotation.end,
      };
    });
}

/**
 * "so-called" with the name it casts doubt on: "so-called Kurdish question", 'so-called "moderates"'. Before
 * quotation marks the two are one device, doubt told twice over: one term from "so-called" to the closing mark.
 */
function soCalledTerms(
  text: string,
  sentence: Sentence,
  quotations: readonly Quotation[],
  attributions: readonly Attribution[],
): LoadedTerm[] {
  const terms: LoadedTerm[] = [];
  if (!MAYBE_SO_CALLED.test(sentence.text)) return terms;
  for (const match of sentence.text.matchAll(SO_CALLED_PATTERN)) {
    const start = sentence.start + match.index;
    const nameStart = start + match[0].length;
    const quoted = quotations.find((quotation) => quotation.start === nameStart);
    const nameEnd = quoted ? quoted.end : nameStart + namedPhrase(text.slice(nameStart, sentence.end)).length;
    const name = quoted
      ? text.slice(quoted.inner.start, quoted.inner.end).replace(/[\s.,;:!?…]+$/u, "")
      : text.slice(nameStart, nameEnd);
    if (name.trim() === "") continue;
    const span = { start, end: nameEnd };
    terms.push({
      text: text.slice(span.start, span.end),
      category: "so-called",
      neutral: [name.trim()],
      explanation: quoted ? SO_CALLED_QUOTED.explanation : SO_CALLED.explanation,
      ...voiceOf(text, sentence, span, quotations, attributions),
      sentence: sentence.index,
      ...span,
    });
  }
  return terms;
}

/** Up to three words after "so-called", stopping at punctuation and at verbs or linking words. */
function namedPhrase(rest: string): string {
  let end = 0;
  let count = 0;
  for (const word of rest.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const gap = rest.slice(end, word.index);
    const lower = word[0].toLowerCase();
    if (count === SO_CALLED_MAX_WORDS || /[^\s]/.test(gap)) break;
    if (count > 0 && (SO_CALLED_STOP.has(lower) || /^[a-z]+ed$/.test(word[0]))) break;
    count++;
    end = word.index + word[0].length;
  }
  return rest.slice(0, end);
}

/**
 * Whose words these are. In a quotation of speech they are the speaker's; in a claim the article holds
 * at arm's length ("X claimed that …") they are the claimant's; after "X calls them …" or "X considers
 * them …" they are X's. Otherwise, including "X said that …", the outlet chose them and they are its own.
 */
function voiceOf(
  text: string,
  sentence: Sentence,
  span: Span,
  quotations: readonly Quotation[],
  attributions: readonly Attribution[],
): Voice {
  const speech = quotationAround(quotations, span, "speech");
  if (speech) return { voice: "quoted", speaker: speech.speaker };
  const claim = attributions.find(
    (attribution) =>
      attribution.cueTone === "distancing" &&
      attribution.claimSpan.start <= span.start &&
      span.end <= attribution.claimSpan.end &&
      !overlaps(attribution.sourceSpan, span),
  );
  if (claim) return { voice: "quoted", speaker: claim.resolvedSource ?? claim.source };
  const before = text.slice(Math.max(sentence.start, span.start - NAMING_REACH), span.start);
  if (NAMED_BY_SOMEONE.test(before)) return { voice: "quoted", speaker: null };
  return { voice: "author", speaker: null };
}

/** "accused the minister of lying", "accused Lee of trying to sabotage the deal": the charge someone made. */
const ACCUSED_OF = endAnchored(
  /\baccus(?:e|es|ed|ing)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?of\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu,
);
/** Categories that name what someone did ("lying", "sabotage"); a label ("propaganda") pinned by an accuser stays theirs. */
const NAMES_AN_ACT = new Set<LexiconEntry["category"]>(["intensifier", "violence-metaphor"]);
/** How far back "accused … of" is looked for. */
const ACCUSATION_REACH = 80;

/**
 * A word for an act right after "accused X of" names the wrong someone alleges ("accused him of lying"): the
 * report of a charge, not the writer's verdict; the charge's words in quotation marks stay the accuser's.
 */
function namesACharge(sentenceText: string, index: number): boolean {
  return ACCUSED_OF.test(sentenceText.slice(Math.max(0, index - ACCUSATION_REACH), index));
}

/**
 * A capitalised match inside a sentence is a name when the entry says so ("National Front for
 * Liberation") or when a neighbouring word is capitalised too ("Terrorist Finance Unit").
 */
function isPartOfName(sentenceText: string, index: number, matched: string, entry: LexiconEntry): boolean {
  if (!/^\p{Lu}/u.test(matched)) return false;
  const before = sentenceText.slice(Math.max(0, index - CONTEXT_CHARS), index);
  if (index <= CONTEXT_CHARS && /^[\s“"‘'([]*$/.test(before)) return false;
  // The end of a hyphenated name: "Hayat Tahrir al-Sham".
  if (entry.skipInNames || /\p{L}-$/u.test(before)) return true;
  if (entry.capitalised) return false;
  const previous = /([\p{L}\p{N}'’]+)[\s-]*$/u.exec(before)?.[1] ?? "";
  const next = /^[\s-]*([\p{L}\p{N}'’]+)/u.exec(sentenceText.slice(index + matched.length))?.[1] ?? "";
  return /^\p{Lu}/u.test(previous) || /^\p{Lu}/u.test(next) || TITLE_BEFORE.test(before);
}

/**
 * A capitalised word after a capitalised one (not the sentence's first) and a title's small words is part
 * of a title: "the author of Confessions of an Islamophobe", "The Left's Romance with Tyranny and Terror".
 */
const TITLE_BEFORE = endAnchored(
  /[\p{L}\p{N},:'’]\s+\p{Lu}[\p{L}'’]*\s+(?:(?:of|the|a|an|with|for|in|on|to)\s+){1,2}$/u,
);

/**
 * Context rules read this many characters either side of a match (about 30 words), so a long
 * sentence full of matches costs each match the same: "sentence" rules see that much of the sentence.
 */
const CONTEXT_CHARS = 200;
/** A sentence holds a few loaded words; past this many the rest are not read (bounds the cost of any sentence). */
const MAX_TERMS_PER_SENTENCE = 16;

/** The words around a match, read lazily once for its context rules and its subject's neutral words. */
function contextAround(
  sentenceText: string,
  start: number,
  end: number,
  speech: () => boolean,
): () => WordContext {
  let context: WordContext | undefined;
  return () => {
    if (!context) {
      const before = wordsOf(sentenceText.slice(Math.max(0, start - CONTEXT_CHARS), start));
      const afterText = sentenceText.slice(end, end + CONTEXT_CHARS);
      const after = wordsOf(afterText);
      // The sentence around the match, without it: "regime" is no evidence that a sentence is about war.
      context = { before, after, afterText, sentence: [...before, ...after], speech };
    }
    return context;
  };
}

function fitsContext(compiled: CompiledEntry, context: () => WordContext): boolean {
  if (compiled.requires.length === 0 && compiled.unless.length === 0) return true;
  if (compiled.requires.length > 0 && !compiled.requires.some((rule) => holds(rule, context()))) return false;
  return !compiled.unless.some((rule) => holds(rule, context()));
}

/** The entry's neutral words, or the plainer ones for this subject when one of its `neutralWhen` rules holds. */
function neutralFor(compiled: CompiledEntry, context: () => WordContext): readonly string[] {
  if (compiled.neutralWhen.length === 0) return compiled.entry.neutral;
  return compiled.neutralWhen.find(({ rule }) => holds(rule, context()))?.neutral ?? compiled.entry.neutral;
}

interface WordContext {
  before: string[];
  after: string[];
  /** The text after the match as written, for capitals. */
  afterText: string;
  /** The words of the sentence before and after the match. */
  sentence: string[];
  /** Whether the match tells how someone spoke (asked only by `speech` rules). */
  speech: () => boolean;
}

/**
 * A quotation of speech beside the match, or an attribution whose verb is the match. A short quotation
 * after a verb of sound the finder does not know ('“Sit down,” he barked') may be taken for a mention or a
 * scare quote: one that ends in its own comma or stop is a spoken sentence all the same.
 */
function reportsSpeech(
  text: string,
  span: Span,
  quotations: readonly Quotation[],
  attributions: readonly Attribution[],
): boolean {
  return (
    quotations.some(
      (quotation) =>
        quotation.start - span.end <= QUOTATION_AFTER_CHARS &&
        span.start - quotation.end <= QUOTATION_BEFORE_CHARS &&
        (quotation.kind === "speech" ||
          SPOKEN_ENDING.test(text.slice(quotation.inner.start, quotation.inner.end))),
    ) || attributions.some(({ cueSpan }) => cueSpan.start < span.end && span.start < cueSpan.end)
  );
}

/**
 * How far a verb of sound may stand from the quotation it tells: after it, with the speaker between ('“…,”
 * the deputy mayor of the market town barked'), or before it ('barked at the reporters: “…”').
 */
const QUOTATION_BEFORE_CHARS = 60;
const QUOTATION_AFTER_CHARS = 25;
/** The last mark inside a quotation of a spoken sentence: '“Sit down,”', '“Out!”'. */
const SPOKEN_ENDING = /[,.!?]$/;

function holds(rule: CompiledRule, context: WordContext): boolean {
  if (
    rule.before.length > 0 &&
    !rule.before.some((phrase) => endsNear(context.before, phrase, rule.window))
  ) {
    return false;
  }
  if (rule.after.length > 0 && !rule.after.some((phrase) => startsNear(context.after, phrase, rule.window))) {
    return false;
  }
  if (rule.sentence.length > 0 && !rule.sentence.some((phrase) => contains(context.sentence, phrase))) {
    return false;
  }
  if (rule.nameAfter && !nameWithin(context.afterText, rule.window)) return false;
  if (rule.atStart && context.before.length > 0) return false;
  if (rule.speech && !context.speech()) return false;
  return !rule.passive || isPassive(context.before);
}

/** A capitalised word among the first `window` words: "liberated Kherson", "liberated the Khaznah Hill". */
function nameWithin(text: string, window: number): boolean {
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.slice(0, window).some((word) => /^\p{Lu}/u.test(word) && !CALENDAR_WORD.test(word));
}

/** The phrase ends within the last `window` words. */
function endsNear(words: readonly string[], phrase: readonly string[], window: number): boolean {
  for (let skip = 0; skip < window; skip++) {
    if (sameWordsAt(words, phrase, words.length - skip - phrase.length)) return true;
  }
  return false;
}

/** The phrase starts within the first `window` words. */
function startsNear(words: readonly string[], phrase: readonly string[], window: number): boolean {
  for (let at = 0; at < window; at++) {
    if (sameWordsAt(words, phrase, at)) return true;
  }
  return false;
}

function contains(words: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= words.length; at++) {
    if (sameWordsAt(words, phrase, at)) return true;
  }
  return false;
}

function sameWordsAt(words: readonly string[], phrase: readonly string[], at: number): boolean {
  if (at < 0 || at + phrase.length > words.length) return false;
  return phrase.every((word, offset) => words[at + offset] === word);
}

/** "were eliminated", "were reportedly eliminated". */
function isPassive(before: readonly string[]): boolean {
  const last = before[before.length - 1] ?? "";
  const previous = before[before.length - 2] ?? "";
  return BE_FORMS.has(last) || (last.endsWith("ly") && BE_FORMS.has(previous));
}

function compileRule(rule: ContextRule): CompiledRule {
  const split = (phrases: readonly string[] = []) => phrases.map((phrase) => wordsOf(phrase));
  return {
    before: split(rule.before),
    after: split(rule.after),
    sentence: split(rule.sentence),
    window: rule.window ?? 1,
    passive: rule.passive ?? false,
    nameAfter: rule.nameAfter ?? false,
    atStart: rule.atStart ?? false,
    speech: rule.speech ?? false,
  };
}

/** Keeps each term that does not overlap one kept before it. */
function withoutOverlaps(terms: readonly LoadedTerm[]): LoadedTerm[] {
  const kept: LoadedTerm[] = [];
  for (const term of terms) if (!kept.some((other) => overlaps(other, term))) kept.push(term);
  return kept;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
