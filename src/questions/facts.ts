import { attributionStanding, roleAround, saysWho, speaksForRole } from "../analysis/source-standing";
import type { ArticleAnalysis, Attribution, Hedge, Sentence, SourceKind, Span } from "../analysis/types";
import { perAnalysis } from "./per-analysis";
import { capitalise, excerpt, midSentence, plainText, words } from "./text";

/** The named source behind an attribution: a pronoun stands for the source it refers to, when known. */
export function sourceName(attribution: Attribution): string | null {
  let known = sourceNames.get(attribution);
  if (known === undefined) {
    const name = attribution.sourceKind === "pronoun" ? attribution.resolvedSource : attribution.source;
    known = name ? capitalise(plainText(name)) : null;
    sourceNames.set(attribution, known);
  }
  return known;
}

/** Each attribution's source name, read once: builders ask for it for every pair of attributions. */
const sourceNames = new WeakMap<Attribution, string | null>();

/** The source as the article words it, a pronoun read as whom it stands for: for quoting mid-sentence. */
export function sourceWords(attribution: Attribution): string {
  const name = attribution.sourceKind === "pronoun" ? attribution.resolvedSource : null;
  return plainText(name ?? attribution.source);
}

/**
 * How a question names an attribution's source: a named source by the fullest name the article gives it
 * ("Achebe" → "Helen Achebe", "The company" → "Fresco", "She" → whom it stands for), a vague one as the
 * article words it ("Several", "reports"). Null for a pronoun that stands for nothing named.
 */
export function sourceLabelOf(analysis: ArticleAnalysis, attribution: Attribution): string | null {
  return sourceLabels(analysis, attribution, () => {
    const name = sourceName(attribution);
    if (!name) return null;
    if (attribution.sourceKind === "pronoun" && !attribution.resolvedSource) return null;
    return saysWho(attributionStanding(attribution))
      ? canonicalSource(analysis, name)
      : sourceWords(attribution);
  });
}

/** Per analysis, each attribution's label: builders ask for it for every pair of claims. */
const sourceLabels = perAnalysis<Attribution, string | null>();

/**
 * A source for quoting in feedback: as the sentence words it ("the Russian Defense Ministry", "pro-militant
 * sources"), unless that is a short form of a fuller name ("Achebe", "The company", "She", "An independent
 * regulator"): then the full name, mid-sentence ("Helen Achebe", "Fresco", "the Office for Water Standards").
 */
export function fullSourceName(analysis: ArticleAnalysis, attribution: Attribution): string {
  const words = sourceWords(attribution);
  const label = sourceLabelOf(analysis, attribution);
  return label && label.toLowerCase() !== words.toLowerCase() ? midSentence(label) : words;
}

/** The kind of the source an attribution rests on, looking through a pronoun to its referent. */
export function effectiveSourceKind(analysis: ArticleAnalysis, attribution: Attribution): SourceKind | null {
  if (attribution.sourceKind !== "pronoun") return attribution.sourceKind;
  const referent = analysis.attributions.find(
    (other) => other.sourceKind !== "pronoun" && other.source === attribution.resolvedSource,
  );
  return referent?.sourceKind ?? null;
}

/**
 * True when the claim is worth asking about: a few words long and not containing its own source (the
 * detector sometimes returns a date or the whole sentence as the claim).
 */
export function hasUsableClaim(attribution: Attribution): boolean {
  const { claimSpan, sourceSpan } = attribution;
  const overlaps = claimSpan.start < sourceSpan.end && sourceSpan.start < claimSpan.end;
  return !overlaps && words(attribution.claim).length >= 4;
}

/** "called the plan "a land grab …"": what is named, then the quoted words the speaker names it with. */
const NAMED_AS = /^[^"“”]{1,60}?\s["“]/;

/**
 * The words a question quotes as an attribution's claim: its claim, but for "called X "Y"" only the quoted
 * Y, what the speaker says X is ("called the plan "a land grab"" claims "a land grab", not "the plan "a land
 * grab"").
 */
export function askedClaimSpan(text: string, attribution: Attribution): Span {
  const { claimSpan } = attribution;
  if (!/^call(?:s|ed)?$/i.test(attribution.cue.trim())) return claimSpan;
  const lead = NAMED_AS.exec(text.slice(claimSpan.start, claimSpan.end));
  if (!lead) return claimSpan;
  const start = claimSpan.start + lead[0].length;
  const end =
    text[claimSpan.end - 1] === '"' || text[claimSpan.end - 1] === "”" ? claimSpan.end - 1 : claimSpan.end;
  return end - start >= 8 ? { start, end } : claimSpan;
}

/**
 * Cues whose object is a thing, not a statement: "accused Kurdish rebels of the attack", "link the reaction
 * with the talks", "reported a profit of £212 million". What follows them is not a claim a student can read as
 * one unless "that" introduces it. ("called X "Y"" is asked about its quotation: askedClaimSpan.)
 */
const OBJECT_CUES = /^(?:accus|link|blam|describ|brand|label|dismiss|condemn|prais|term|report|announc)/i;

/**
 * True when the claim reads as a statement on its own, so a question can show it as "this claim" or offer it
 * as an option: not the object of a cue like "accused" or "link" ("Kurdish rebels of the attack"), and not
 * leaning on an earlier sentence ("his group would ask it to do so").
 */
export function claimReadsAlone(text: string, attribution: Attribution): boolean {
  if (/\b(?:do|does|did|doing)\s+so\b/i.test(attribution.claim)) return false;
  if (attribution.claimSpan.start < attribution.cueSpan.end) return true;
  if (!OBJECT_CUES.test(attribution.cue.trim())) return true;
  return /^[\s,]*that\b/i.test(text.slice(attribution.cueSpan.end, attribution.claimSpan.start + 5));
}

/** Named sources stand behind their words: a person, an organisation or an outlet, with a neutral cue. */
export function isNamedSource(kind: SourceKind | null): boolean {
  return kind === "named-person" || kind === "organisation" || kind === "media-outlet";
}

function nameWords(name: string): Set<string> {
  let known = nameWordSets.get(name);
  if (!known) {
    if (nameWordSets.size >= MAX_NAMES_REMEMBERED) nameWordSets.clear();
    known = new Set(words(name).filter((word) => word !== "the"));
    nameWordSets.set(name, known);
  }
  return known;
}

/** Each source name's words, read once: finding a name's fullest form compares it with every other name. */
const nameWordSets = new Map<string, Set<string>>();
const MAX_NAMES_REMEMBERED = 2_000;

/** True when every word of `short` is in `long`: "General McKenzie" and "General Kenneth McKenzie" are one source. */
function sameSource(short: string, long: string): boolean {
  const longWords = nameWords(long);
  for (const word of nameWords(short)) if (!longWords.has(word)) return false;
  return true;
}

/** The fullest name the article gives for this source ("General McKenzie" → "Central Command chief General Kenneth McKenzie"). */
export function canonicalSource(analysis: ArticleAnalysis, name: string): string {
  return canonicalNames(analysis, name, () => {
    const described = describedBody(analysis, name);
    if (described) return described;
    const fullest = fullestName(analysis, name);
    return appositiveName(analysis, fullest) ?? fullest;
  });
}

/** A source named only by what it is: "An independent regulator", "the regulator", "a spokesperson". */
const DESCRIPTION = /^(?:an?|the)\s+[a-z][a-z'’ -]*$/i;

/** A proper name set off by commas between a source and its cue: ", the Office for Water Standards, ". */
const APPOSITIVE_NAME =
  /^\s*,\s*((?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|on|the))*)\s*,\s*$/;

/**
 * The name the article gives a described source in apposition ("An independent regulator, the Office for
 * Water Standards, said" → "The Office for Water Standards"): the name is whom to check with, and a
 * description offered as an option beside real names reads as one more name. Null when it gives none.
 */
function appositiveName(analysis: ArticleAnalysis, description: string): string | null {
  if (!DESCRIPTION.test(description) || /\b[A-Z]/.test(description.replace(/^\w/, ""))) return null;
  for (const attribution of analysis.attributions) {
    if (attribution.sourceKind === "pronoun" || sourceName(attribution) !== description) continue;
    const sentence = sentenceAt(analysis, attribution.sentence);
    if (!sentence || attribution.cueSpan.start <= attribution.sourceSpan.end) continue;
    const between = sentence.text.slice(
      attribution.sourceSpan.end - sentence.start,
      attribution.cueSpan.start - sentence.start,
    );
    const name = APPOSITIVE_NAME.exec(between)?.[1];
    if (name) return capitalise(name);
  }
  return null;
}

/** A body named by a common noun, not by its name: "the company", "the firm", "the chain". */
const DESCRIBED_BODY =
  /^the\s+(company|firm|chain|group|retailer|grocer|supermarket|developer|business|bank|insurer|brand|manufacturer|maker|airline|operator)$/i;

/**
 * The organisation "the company" stands for: the one named source the headline names ("Fresco" in "Fresco
 * captures 12 per cent"), so the company and its name are one source, never two options. Null when none or several.
 */
function describedBody(analysis: ArticleAnalysis, name: string): string | null {
  const title = analysis.meta.title;
  if (!title || !DESCRIBED_BODY.test(name.trim())) return null;
  const named = new Set(
    analysis.attributions
      .filter((attribution) => attribution.sourceKind === "organisation")
      .map(sourceName)
      .filter((other): other is string => other !== null && !DESCRIBED_BODY.test(other))
      .filter((other) => title.includes(other.replace(/^The\s+/, ""))),
  );
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

/** Per analysis, each source name's fullest form: an article names a handful of sources many times over. */
const canonicalNames = perAnalysis<string, string>();

/** A source phrase that names a document, not its author: "figures published on Thursday by … Tallis Retail Data". */
const DOCUMENT = /^(?:an?\s+|the\s+)?(?:new\s+)?(?:figures|report|study|survey|data|analysis|statement)s?\b/i;

/**
 * The fullest name the article gives for a source; a document ("figures published by … Tallis Retail
 * Data") reads as its author's name when the article also names the author alone ("Tallis Retail Data").
 */
function fullestName(analysis: ArticleAnalysis, name: string): string {
  const names = analysis.attributions.map(sourceName).filter((other): other is string => other !== null);
  if (DOCUMENT.test(name)) {
    const author = names.find((other) => !DOCUMENT.test(other) && sameSource(other, name));
    if (author) return fullestName(analysis, author);
  }
  return names.reduce(
    (best, other) =>
      other.length > best.length && sameSource(best, other) && (!DOCUMENT.test(other) || DOCUMENT.test(best))
        ? other
        : best,
    name,
  );
}

/**
 * The distinct sources the article names (never vague ones like "reports" or "pro-militant sources", which
 * do not say who), fullest name first seen, in order of first appearance: the real sources a "who said
 * it?" question can offer.
 */
export function articleSources(analysis: ArticleAnalysis): string[] {
  // Every builder asks once per question; computed afresh it made a bank cubic in the attributions.
  let sources = sourcesByAnalysis.get(analysis);
  if (!sources) {
    sources = listArticleSources(analysis);
    sourcesByAnalysis.set(analysis, sources);
  }
  return sources;
}

const sourcesByAnalysis = new WeakMap<ArticleAnalysis, string[]>();

function listArticleSources(analysis: ArticleAnalysis): string[] {
  const names = analysis.attributions
    .filter((attribution) => saysWho(attributionStanding(attribution)))
    .map(sourceName)
    .filter((name): name is string => name !== null)
    .map((name) => canonicalSource(analysis, name));
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}

/**
 * Where the article first introduces the source of an attribution that refers to it in short ("He said",
 * "Achebe said", "The authority said"), when that is in an earlier sentence: a reader shown only the
 * short form could not tell who it is, nor whether it has a stake. Null for a source named in full here.
 */
export function introductionOf(analysis: ArticleAnalysis, attribution: Attribution): Span | null {
  return introductions(analysis, attribution, () => findIntroduction(analysis, attribution));
}

/** Per analysis, where each attribution's source is introduced: several builders ask for each attribution. */
const introductions = perAnalysis<Attribution, Span | null>();

function findIntroduction(analysis: ArticleAnalysis, attribution: Attribution): Span | null {
  const name = sourceName(attribution);
  if (!name) return null;
  const canonical = canonicalSource(analysis, name).toLowerCase();
  const shortened =
    attribution.sourceKind === "pronoun" || canonical !== plainText(attribution.source).toLowerCase();
  if (!shortened) return null;
  const first = analysis.attributions.find((other) => {
    const otherName = sourceName(other);
    return (
      other.sourceKind !== "pronoun" &&
      other.sentence < attribution.sentence &&
      otherName !== null &&
      canonicalSource(analysis, otherName).toLowerCase() === canonical
    );
  });
  return first ? first.sourceSpan : firstMention(analysis, canonical, attribution.sentence);
}

/**
 * Where an earlier sentence names a source no earlier report gives ("The company reported …" after "Discount
 * grocer Fresco captured …"): the name's first mention, or null.
 */
function firstMention(analysis: ArticleAnalysis, name: string, before: number): Span | null {
  for (const sentence of analysis.sentences) {
    if (sentence.index >= before) break;
    const at = sentence.text.toLowerCase().indexOf(name);
    if (at >= 0) return { start: sentence.start + at, end: sentence.start + at + name.length };
  }
  return null;
}

/** The evidence for an attribution: its own span, and where a source given in short is first introduced. */
export function withIntroduction(analysis: ArticleAnalysis, attribution: Attribution, span: Span): Span[] {
  const introduction = introductionOf(analysis, attribution);
  return introduction ? [span, introduction] : [span];
}

/**
 * The words of the article that hand a claim to its source, for quoting: from the source (or the claim) to
 * the end of the claim, but from the sentence's start when an appositive comes first ("Its founder, Simon
 * Prideaux, said …", never "Simon Prideaux, said …"), with its quotation marks paired (`excerpt`).
 */
export function attributionQuote(
  text: string,
  analysis: ArticleAnalysis,
  attribution: Attribution,
  max = 150,
): string {
  return excerpt(text, attributionQuoteSpan(text, analysis, attribution), attribution.sourceSpan, max);
}

/**
 * The span `attributionQuote` quotes: the attribution's extent, from the sentence's start when an appositive
 * comes before the source ("Its director of operations, Helen Achebe, told …").
 */
export function attributionQuoteSpan(
  text: string,
  analysis: ArticleAnalysis,
  attribution: Attribution,
): Span {
  const extent = attributionExtent(attribution);
  const sentence = sentenceAt(analysis, attribution.sentence);
  const appositive = sentence && /,\s*$/.test(text.slice(sentence.start, extent.start));
  return appositive && sentence ? { start: sentence.start, end: extent.end } : extent;
}

/** The span from the start of the source (or claim) to the end of the claim (or cue), whichever order they come in. */
export function attributionExtent(attribution: Attribution): Span {
  return {
    start: Math.min(attribution.start, attribution.claimSpan.start),
    end: Math.max(attribution.end, attribution.claimSpan.end),
  };
}

/**
 * True when a hedge qualifies an aside only: ", reportedly funded from abroad," leaves the sentence's claim
 * bare. The hedge must stand inside the commas, an adverb opening the aside; "The berry, known as the kallu
 * fruit, is said to burn fat" hedges the sentence's own claim, whatever aside comes before it.
 */
export function hedgesAnAside(text: string, hedge: Hedge): boolean {
  if (!/^[a-z]+ly$/i.test(hedge.cue.trim())) return false;
  if (!/,\s*$/.test(text.slice(Math.max(0, hedge.start - 3), hedge.start))) return false;
  return /^[^,.;:!?]{1,60},/.test(text.slice(hedge.end));
}

/**
 * True when the article notes, in the sentence itself, that the claim lacks evidence ("It is said that …,
 * although the ministry did not provide evidence"): the note hints at who made it, so the sentence is not
 * taught as one that names nobody.
 */
export function notedInSentence(analysis: ArticleAnalysis, sentence: number): boolean {
  return analysis.unsupported.some((marker) => marker.sentence === sentence);
}

/** Indexes of the sentences that carry at least one attribution. */
export function attributedSentences(analysis: ArticleAnalysis): Set<number> {
  return new Set(analysis.attributions.map((attribution) => attribution.sentence));
}

/** The sentence with this index, or undefined. */
export function sentenceAt(analysis: ArticleAnalysis, index: number): Sentence | undefined {
  // Sentences are numbered by position (splitSentences), so the index is nearly always where it is.
  const atIndex = analysis.sentences[index];
  if (atIndex?.index === index) return atIndex;
  return analysis.sentences.find((sentence) => sentence.index === index);
}

/** True for text that states a number (digits or number words), not counting dates ("21 September"). */
export function statesFigure(text: string): boolean {
  // "Mi-8", "HY-12", "S-400", "M5": names of models and roads, not figures.
  return statesNumber(
    text
      .replace(MONTH_DAY, "DATE")
      .replace(DURATION, "DURATION")
      .replace(/\b[A-Za-z]{1,4}-?\d+[A-Za-z]?\b/g, "MODEL"),
  );
}

const SMALL_NUMBER = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten)`;
const TIME_UNIT = "(?:days?|weeks?|months?|years?|decades?)";

/** How long something has gone on, not a count to source: "for three years running", "for 20 years", "two weeks ago". */
const DURATION = new RegExp(
  String.raw`\bfor\s+(?:the\s+past\s+|the\s+last\s+)?${SMALL_NUMBER}\s+(?:consecutive\s+|straight\s+)?${TIME_UNIT}(?:\s+(?:running|in a row))?\b|\b${SMALL_NUMBER}\s+(?:consecutive\s+|straight\s+)?${TIME_UNIT}\s+(?:running|in a row|ago)\b`,
  "gi",
);

/**
 * True when every number in the text was already given in an earlier sentence: "a trial of 24 people"
 * after "The trial involved 24 volunteers" repeats the figure, it is not the speaker's own count.
 */
export function repeatsEarlierFigure(analysis: ArticleAnalysis, sentence: number, text: string): boolean {
  const numbers = text.match(/\d[\d,.]*\d|\d/g) ?? [];
  if (numbers.length === 0) return false;
  // One pattern per number, tried on the earlier sentences joined by line breaks (a line break is neither a
  // digit, a comma nor a point, so it bounds a number as a sentence's start or end does).
  const earlier = analysis.sentences
    .filter((other) => other.index < sentence)
    .map((other) => other.text)
    .join("\n");
  return numbers.every((number) =>
    new RegExp(String.raw`(?<![\d,.])${number.replace(/\./g, "\\.")}(?![\d,]|\.\d)`).test(earlier),
  );
}

function statesNumber(text: string): boolean {
  return /\d|\b(dozens?|hundreds?|thousands?|several|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(
    text,
  );
}

const MONTH_DAY =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** Words that make a number a count of people or things hit (not a date, a highway or a rifle model). */
const COUNT_NEAR_NUMBER =
  /\b\d[\d,]*\b(?![-\w])(?:\s+[\w’'-]+){0,5}?\s+(?:were\s+|was\s+)?(?:reportedly\s+)?(killed|injured|wounded|dead|destroyed|captured|casualties|strikes|airstrikes)\b|\b(killed|injured|wounded|destroyed|captured)\s+(?:at least\s+|up to\s+|over\s+)?\d/i;

/** True when the text counts casualties or damage with a number: "6 soldiers were killed", "killed 3 troops". */
export function statesCount(text: string): boolean {
  // Four builders ask of every sentence; most hold no count word or no digit, which the pattern needs.
  if (!COUNT_WORD.test(text) || !/\d/.test(text)) return false;
  return COUNT_NEAR_NUMBER.test(text.replace(MONTH_DAY, "DATE"));
}

/** A word COUNT_NEAR_NUMBER cannot match without: a cheap test before the costly one. */
const COUNT_WORD = /killed|injured|wounded|dead|destroyed|captured|casualties|strikes/i;

/** The sentences where `pattern` matches, each with the span of the first match. */
export function sentencesMatching(
  analysis: ArticleAnalysis,
  pattern: RegExp,
): { sentence: Sentence; match: Span }[] {
  return analysis.sentences.flatMap((sentence) => {
    const found = pattern.exec(sentence.text);
    if (!found) return [];
    const start = sentence.start + found.index;
    return [{ sentence, match: { start, end: start + found[0].length } }];
  });
}

/**
 * The people who speak for a body, each with the body's fullest name, or null when the article does not
 * say which body. The body is the one the role names ("Fresco's chief executive", "a spokesperson for the
 * union") or, for "its" and "their", the nearest organisation quoted in the three sentences before.
 */
function spokespeople(analysis: ArticleAnalysis): Map<string, string | null> {
  let found = spokespeopleByAnalysis.get(analysis);
  if (found) return found;
  found = new Map();
  for (const attribution of analysis.attributions) {
    const name = sourceName(attribution);
    const sentence = sentenceAt(analysis, attribution.sentence);
    const role = sentence ? roleAround(attribution, sentence) : null;
    if (!name || !role || attribution.sourceKind !== "named-person" || !speaksForRole(role)) continue;
    const body = bodyOfRole(analysis, role, attribution.sentence);
    found.set(canonicalSource(analysis, name).toLowerCase(), body && authorOf(body).toLowerCase());
  }
  spokespeopleByAnalysis.set(analysis, found);
  return found;
}

const spokespeopleByAnalysis = new WeakMap<ArticleAnalysis, Map<string, string | null>>();

/** The fullest name of the body a role speaks for (lower case), or null when the role does not say which. */
export function bodyOfRole(analysis: ArticleAnalysis, role: string, sentence: number): string | null {
  // "Fresco's chief executive", "a spokesperson for the union" (not "director of operations": no body).
  const owner =
    /^([^,]+?)['’]s\s/.exec(role)?.[1] ??
    /\b(?:for|of|chairs|leads|runs|heads)\s+((?:the\s+|[A-Z])[^,]+)$/.exec(role)?.[1];
  if (owner && !/^(?:its|their)$/i.test(owner)) {
    return canonicalSource(analysis, capitalise(plainText(owner))).toLowerCase();
  }
  if (!/^(?:its|their)\s/i.test(role)) return null;
  // "Its": the nearest body quoted in the few sentences before.
  const before = analysis.attributions.filter(
    (other) => other.sentence < sentence && other.sentence >= sentence - 3 && isBodyKind(other.sourceKind),
  );
  const body = before.at(-1) ? sourceName(before.at(-1) as Attribution) : null;
  return body ? canonicalSource(analysis, body).toLowerCase() : null;
}

function isBodyKind(kind: SourceKind): boolean {
  return kind === "organisation" || kind === "media-outlet";
}

/** True when the article quotes this source name as a body (an organisation or outlet), not a person. */
function isBodyName(analysis: ArticleAnalysis, name: string): boolean {
  let bodies = bodyNames.get(analysis);
  if (!bodies) {
    bodies = new Set(
      analysis.attributions
        .filter((attribution) => isBodyKind(attribution.sourceKind))
        .map(sourceName)
        .filter((other): other is string => other !== null)
        .map((other) => canonicalSource(analysis, other).toLowerCase()),
    );
    bodyNames.set(analysis, bodies);
  }
  return bodies.has(name.toLowerCase());
}

const bodyNames = new WeakMap<ArticleAnalysis, Set<string>>();

/** A body's own document stands for the body: "The committee's own survey" → "The committee". */
function authorOf(name: string): string {
  return (
    /^(.+?)['’]s\s+(?:own\s+)?(?:survey|report|study|figures|data|analysis|statement|bulletin)s?$/i.exec(
      name,
    )?.[1] ?? name
  );
}

/**
 * True when two of the article's source names are one voice: the same source, or a person and the body they
 * speak for ("Helen Achebe" and "the Westmoor Water Authority" when she is "its director of operations"),
 * or a spokesperson for a body the article does not name and any body. Offered as two options for one
 * claim, both would be right.
 */
export function sameVoice(analysis: ArticleAnalysis, first: string, second: string): boolean {
  const one = authorOf(first).toLowerCase();
  const other = authorOf(second).toLowerCase();
  if (one === other) return true;
  const speakers = spokespeople(analysis);
  const speaksFor = (person: string, body: string, bodyName: string) =>
    speakers.has(person) &&
    (speakers.get(person) === body || (speakers.get(person) === null && isBodyName(analysis, bodyName)));
  return speaksFor(one, other, second) || speaksFor(other, one, first);
}
