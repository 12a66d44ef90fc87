/**
 * Pure scoring for `npm run eval`: read a gold file, pin each labelled item to a span of the article,
 * and match the analysis engine's findings against it. No file system here, so it runs in tests.
 */
import { z } from "zod";
import { allLoadedTerms } from "../src/analysis/analyze-article.ts";
import type { ArticleAnalysis, ArticleMeta, Attribution, Sentence, Span } from "../src/analysis/types.ts";

const SOURCE_KINDS = [
  "named-person",
  "organisation",
  "media-outlet",
  "partisan-unnamed",
  "vague",
  "pronoun",
] as const;
const CUE_TONES = ["neutral", "distancing", "presupposing", "emotive"] as const;
const LOADED_CATEGORIES = [
  "label",
  "euphemism",
  "positive-framing",
  "intensifier",
  "dehumanising",
  "scare-quotes",
  "so-called",
] as const;

const exactText = z.string().min(1, "must be non-empty exact text from the article");
const nth = z.number().int().min(1, "must be 1 or more").default(1);
const nullableText = z.string().min(1).nullable();

const goldSchema = z.strictObject({
  attributions: z.array(
    z.strictObject({
      source: exactText,
      cue: exactText,
      sourceKind: z.enum(SOURCE_KINDS),
      cueTone: z.enum(CUE_TONES),
      nth,
      /** Only when the cue is not the occurrence nearest to the source. */
      cueNth: z.number().int().min(1).optional(),
    }),
  ),
  hedges: z.array(z.strictObject({ cue: exactText, nth })),
  unsupported: z.array(z.strictObject({ text: exactText, nth })),
  loaded: z.array(
    z.strictObject({
      text: exactText,
      category: z.enum(LOADED_CATEGORIES),
      voice: z.enum(["author", "quoted"]),
      nth,
    }),
  ),
  conflicts: z.array(
    z.strictObject({
      about: z.string().min(1),
      values: z.array(z.string().regex(/\d/, "must contain a number")).min(2, "needs at least two values"),
    }),
  ),
  meta: z.strictObject({
    title: nullableText,
    author: nullableText,
    publisher: nullableText,
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
      .nullable(),
    originalSource: nullableText.optional(),
  }),
});

export type Gold = z.output<typeof goldSchema>;
export type GoldAttribution = Gold["attributions"][number];
export type GoldLoaded = Gold["loaded"][number];
export type GoldConflict = Gold["conflicts"][number];
export type GoldMeta = Gold["meta"];

/** A gold file that cannot be used: the message names the file and the item. */
export class GoldError extends Error {
  override name = "GoldError";
}

function describeItem(json: unknown, path: PropertyKey[]): string {
  const [list, index] = path;
  if (typeof list !== "string") return "(top level)";
  if (typeof index !== "number")
    return path.length > 1 ? `${list} field ${path.slice(1).map(String).join(".")}` : list;
  const item = (json as Record<string, unknown[]>)[list]?.[index] as Record<string, unknown> | undefined;
  const label = item?.text ?? item?.cue ?? item?.source ?? item?.about;
  const rest = path.slice(2).map(String).join(".");
  return `${list}[${index}]${typeof label === "string" ? ` ("${label}")` : ""}${rest ? ` field ${rest}` : ""}`;
}

/** Validates the shape of a parsed gold file; throws GoldError naming the file and the first bad item. */
export function parseGold(json: unknown, file: string): Gold {
  const result = goldSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? describeItem(json, issue.path) : "(unknown)";
  throw new GoldError(`${file}: ${where}: ${issue?.message ?? "invalid gold file"}`);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/**
 * Every occurrence of `needle`, case-insensitively, that is not part of a longer word: "he" does not
 * occur in "the", "liberate" does not occur in "liberated". Edges that are punctuation (a quotation
 * mark) need no boundary.
 */
export function findOccurrences(text: string, needle: string): Span[] {
  const haystack = text.toLowerCase();
  const target = needle.toLowerCase();
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  const spans: Span[] = [];
  for (let at = haystack.indexOf(target); at !== -1; at = haystack.indexOf(target, at + 1)) {
    const end = at + target.length;
    if (checkStart && isWordChar(text[at - 1])) continue;
    if (checkEnd && isWordChar(text[end])) continue;
    spans.push({ start: at, end });
  }
  return spans;
}

/** The nth (1-based) occurrence of `needle`, or null when there are fewer. */
export function resolveNth(text: string, needle: string, nth: number): Span | null {
  return findOccurrences(text, needle)[nth - 1] ?? null;
}

/** Characters between two spans; 0 when they touch or overlap. */
export function spanGap(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** The occurrence of `needle` closest to `anchor` (ties go to the earlier one), or null. */
export function nearestOccurrence(text: string, needle: string, anchor: Span): Span | null {
  let best: Span | null = null;
  for (const span of findOccurrences(text, needle)) {
    if (span.start < anchor.end && anchor.start < span.end) continue;
    if (best === null || spanGap(span, anchor) < spanGap(best, anchor)) best = span;
  }
  return best;
}

/** True when the two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface ResolvedAttribution extends GoldAttribution {
  sourceSpan: Span;
  cueSpan: Span;
}
export interface ResolvedItem extends Span {
  label: string;
}
export interface ResolvedLoaded extends GoldLoaded, Span {}

export interface ResolvedGold {
  attributions: ResolvedAttribution[];
  hedges: ResolvedItem[];
  unsupported: ResolvedItem[];
  loaded: ResolvedLoaded[];
  conflicts: GoldConflict[];
  meta: GoldMeta;
}

function mustResolve(text: string, needle: string, nthValue: number, file: string, item: string): Span {
  const span = resolveNth(text, needle, nthValue);
  if (span) return span;
  const count = findOccurrences(text, needle).length;
  throw new GoldError(
    `${file}: ${item}: "${needle}" occurs ${count} time(s) as a whole word in the article, so nth ${nthValue} does not exist`,
  );
}

function resolveCue(text: string, gold: GoldAttribution, source: Span, file: string, item: string): Span {
  if (gold.cueNth !== undefined) return mustResolve(text, gold.cue, gold.cueNth, file, item);
  const span = nearestOccurrence(text, gold.cue, source);
  if (span) return span;
  throw new GoldError(`${file}: ${item}: cue "${gold.cue}" does not occur in the article`);
}

/** Pins every gold item to its span in the article; throws GoldError naming the file and item when one is absent. */
export function resolveGold(gold: Gold, text: string, file: string): ResolvedGold {
  return {
    attributions: gold.attributions.map((item, index) => {
      const where = `attributions[${index}] ("${item.source}" / "${item.cue}")`;
      const sourceSpan = mustResolve(text, item.source, item.nth, file, where);
      return { ...item, sourceSpan, cueSpan: resolveCue(text, item, sourceSpan, file, where) };
    }),
    hedges: gold.hedges.map((item, index) => ({
      label: item.cue,
      ...mustResolve(text, item.cue, item.nth, file, `hedges[${index}] ("${item.cue}")`),
    })),
    unsupported: gold.unsupported.map((item, index) => ({
      label: item.text,
      ...mustResolve(text, item.text, item.nth, file, `unsupported[${index}] ("${item.text}")`),
    })),
    loaded: gold.loaded.map((item, index) => ({
      ...item,
      ...mustResolve(text, item.text, item.nth, file, `loaded[${index}] ("${item.text}")`),
    })),
    conflicts: gold.conflicts,
    meta: gold.meta,
  };
}

export interface Matching<G, D> {
  pairs: Array<{ gold: G; detected: D }>;
  missed: G[];
  falseAlarms: D[];
}

/**
 * Pairs gold items with detections one to one, as many pairs as possible (bipartite matching by
 * augmenting paths), so one long detection cannot claim two gold items and order does not matter.
 */
export function matchOneToOne<G, D>(
  gold: readonly G[],
  detected: readonly D[],
  isMatch: (gold: G, detected: D) => boolean,
): Matching<G, D> {
  const goldFor: Array<number | undefined> = new Array(detected.length).fill(undefined);
  const candidates = gold.map((item) =>
    detected.flatMap((found, index) => (isMatch(item, found) ? [index] : [])),
  );

  const tryAssign = (goldIndex: number, seen: Set<number>): boolean => {
    for (const detectedIndex of candidates[goldIndex] ?? []) {
      if (seen.has(detectedIndex)) continue;
      seen.add(detectedIndex);
      const holder = goldFor[detectedIndex];
      if (holder === undefined || tryAssign(holder, seen)) {
        goldFor[detectedIndex] = goldIndex;
        return true;
      }
    }
    return false;
  };
  for (let goldIndex = 0; goldIndex < gold.length; goldIndex++) tryAssign(goldIndex, new Set());

  const pairs: Matching<G, D>["pairs"] = [];
  const matchedGold = new Set<number>();
  const falseAlarms: D[] = [];
  detected.forEach((found, detectedIndex) => {
    const goldIndex = goldFor[detectedIndex];
    const item = goldIndex === undefined ? undefined : gold[goldIndex];
    if (goldIndex === undefined || item === undefined) {
      falseAlarms.push(found);
      return;
    }
    matchedGold.add(goldIndex);
    pairs.push({ gold: item, detected: found });
  });
  return { pairs, missed: gold.filter((_, index) => !matchedGold.has(index)), falseAlarms };
}

export interface Counts {
  gold: number;
  found: number;
  matched: number;
}

export interface Rates {
  /** null when nothing was found (no claim to be precise about). */
  precision: number | null;
  /** null when there was nothing to find. */
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1 from counts; a rate with a zero denominator is null, not 0 or 1. */
export function computeRates({ gold, found, matched }: Counts): Rates {
  const precision = found === 0 ? null : matched / found;
  const recall = gold === 0 ? null : matched / gold;
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sums counts (micro-average: every item weighs the same, whatever article it is in). */
export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, found: a.found + b.found, matched: a.matched + b.matched };
}

/** The numbers in a figure, commas dropped: "over 1,200 killed" → [1200]. */
export function numbersIn(value: string): number[] {
  return [...value.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => Number(match[0].replace(/,/g, "")));
}

/** A detected conflict matches a gold one when every gold figure's number is among the detected figures. */
export function conflictMatches(gold: GoldConflict, detectedValues: readonly string[]): boolean {
  const found = new Set(detectedValues.flatMap(numbersIn));
  return gold.values.every((value) => numbersIn(value).every((number) => found.has(number)));
}

export const META_FIELDS = ["title", "author", "publisher", "published", "originalSource"] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Whitespace collapsed and trimmed; everything else must match exactly. */
export function normaliseMetaValue(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const collapsed = value.replace(/\s+/g, " ").trim();
  return collapsed === "" ? null : collapsed;
}

export interface MetaCheck {
  field: MetaField;
  expected: string | null;
  actual: string | null;
  correct: boolean;
}

/** One check per meta field the gold file states (originalSource only when given). */
export function checkMeta(gold: GoldMeta, actual: ArticleMeta): MetaCheck[] {
  return META_FIELDS.filter((field) => gold[field] !== undefined).map((field) => {
    const expected = normaliseMetaValue(gold[field]);
    const found = normaliseMetaValue(actual[field]);
    return { field, expected, actual: found, correct: expected === found };
  });
}

export type Detected<K extends keyof ArticleAnalysis> = ArticleAnalysis[K] extends Array<infer T> ? T : never;

export interface ArticleScore {
  attributions: Matching<ResolvedAttribution, Detected<"attributions">>;
  hedges: Matching<ResolvedItem, Detected<"hedges">>;
  unsupported: Matching<ResolvedItem, Detected<"unsupported">>;
  loaded: Matching<ResolvedLoaded, Detected<"loaded">>;
  conflicts: Matching<GoldConflict, Detected<"conflicts">>;
  meta: MetaCheck[];
}

export const FINDING_KINDS = ["attributions", "hedges", "unsupported", "loaded", "conflicts"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The gold source is the detection's source, or the phrase its relative pronoun stands for ("X, who said"). */
function sourceMatches(gold: Span, found: Attribution): boolean {
  return (
    spansOverlap(gold, found.sourceSpan) ||
    (found.referentSpan !== undefined && spansOverlap(gold, found.referentSpan))
  );
}

/** Matches one article's analysis against its resolved gold labels. */
export function scoreArticle(gold: ResolvedGold, analysis: ArticleAnalysis): ArticleScore {
  return {
    attributions: matchOneToOne(
      gold.attributions,
      // The gold labels claims someone hands over; "did not comment", "could not confirm" hand over none.
      analysis.attributions.filter((found) => found.modality === undefined),
      (item, found) => sourceMatches(item.sourceSpan, found) && spansOverlap(item.cueSpan, found.cueSpan),
    ),
    hedges: matchOneToOne(gold.hedges, analysis.hedges, spansOverlap),
    unsupported: matchOneToOne(gold.unsupported, analysis.unsupported, spansOverlap),
    loaded: matchOneToOne(gold.loaded, allLoadedTerms(analysis), spansOverlap),
    conflicts: matchOneToOne(gold.conflicts, analysis.conflicts, (item, found) =>
      conflictMatches(
        item,
        found.figures.map((figure) => figure.value),
      ),
    ),
    meta: checkMeta(gold.meta, analysis.meta),
  };
}

/** Gold, found and matched counts for one finding kind of a scored article. */
export function countsOf(score: ArticleScore, kind: FindingKind): Counts {
  const matching: Matching<unknown, unknown> = score[kind];
  return {
    gold: matching.pairs.length + matching.missed.length,
    found: matching.pairs.length + matching.falseAlarms.length,
    matched: matching.pairs.length,
  };
}

export interface Agreement {
  matched: number;
  agree: number;
}

/** Among matched loaded terms: how many also agree on voice, and on category. */
export function loadedAgreement(score: ArticleScore): { voice: Agreement; category: Agreement } {
  const pairs = score.loaded.pairs;
  return {
    voice: { matched: pairs.length, agree: pairs.filter((p) => p.gold.voice === p.detected.voice).length },
    category: {
      matched: pairs.length,
      agree: pairs.filter((p) => p.gold.category === p.detected.category).length,
    },
  };
}

/** Among matched attributions: how many also agree on the kind of source, and on the cue's tone. */
export function attributionAgreement(score: ArticleScore): { sourceKind: Agreement; cueTone: Agreement } {
  const pairs = score.attributions.pairs;
  return {
    sourceKind: {
      matched: pairs.length,
      agree: pairs.filter((p) => p.gold.sourceKind === p.detected.sourceKind).length,
    },
    cueTone: {
      matched: pairs.length,
      agree: pairs.filter((p) => p.gold.cueTone === p.detected.cueTone).length,
    },
  };
}

/** The analysed sentence holding `span`, else the line of text around it (findings in boilerplate have no sentence). */
export function enclosingSpan(text: string, sentences: readonly Sentence[], span: Span): Span {
  const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (sentence) return { start: sentence.start, end: sentence.end };
  const start = text.lastIndexOf("\n", span.start - 1) + 1;
  const lineEnd = text.indexOf("\n", span.start);
  return { start, end: lineEnd === -1 ? text.length : lineEnd };
}

/** The text of `context` with each marked span wrapped in ⟦ ⟧ and whitespace collapsed, for a reader to spot it. */
export function markInContext(text: string, context: Span, marks: readonly Span[]): string {
  const inside = marks
    .filter((mark) => mark.start >= context.start && mark.end <= context.end && mark.start < mark.end)
    .sort((a, b) => a.start - b.start)
    .filter((mark, index, sorted) => index === 0 || mark.start >= (sorted[index - 1]?.end ?? 0));
  let out = "";
  let at = context.start;
  for (const mark of inside) {
    out += `${text.slice(at, mark.start)}⟦${text.slice(mark.start, mark.end)}⟧`;
    at = mark.end;
  }
  out += text.slice(at, context.end);
  return out.replace(/\s+/g, " ").trim();
}
