/** Offsets are UTF-16 code-unit indexes into the exact text that was analysed: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export type BoilerplateKind =
  | "share-request"
  | "donation-appeal"
  | "original-source"
  | "copyright"
  | "comment-invite"
  | "membership-appeal"
  | "author-credit"
  | "disclaimer"
  | "fair-use"
  | "media-inquiry";

/** A passage that is not reporting: kept, labelled by kind, never analysed as reporting. */
export interface Boilerplate extends Span {
  kind: BoilerplateKind;
  text: string;
}

export interface ArticleTags {
  region: string[];
  theme: string[];
  inDepthReport: string[];
}

export interface ArticleMeta {
  title: string | null;
  /** Who wrote it ("By South Front", "Articles by: South Front"). */
  author: string | null;
  /** Who put it out (the outlet named on the dateline, e.g. "Global Research"). */
  publisher: string | null;
  /** As stated: "The original source of this article is …". */
  originalSource: string | null;
  /** True when the piece was produced by one outlet and put out by another. */
  republished: boolean;
  /** ISO date (YYYY-MM-DD) or null when the article gives none. */
  published: string | null;
  tags: ArticleTags;
  /** Embedded links that are part of the piece (video URLs), not donation or contact links. */
  links: string[];
}

export interface ParsedArticle {
  text: string;
  meta: ArticleMeta;
  /** The first line as written (markup included), the headline readers see first. */
  headline: (Span & { text: string }) | null;
  /** Paragraphs of reporting, in order: the only spans the detectors read. */
  paragraphs: Span[];
  boilerplate: Boilerplate[];
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Index of the body paragraph the sentence belongs to. */
  paragraph: number;
}

export type SourceKind =
  | "named-person"
  | "organisation"
  | "media-outlet"
  | "partisan-unnamed"
  | "vague"
  | "pronoun";

export type CueTone = "neutral" | "distancing" | "presupposing" | "emotive";

/** Who says what: "According to X, …", "X said …", "'…,' said X". start/end cover source through cue. */
export interface Attribution extends Span {
  source: string;
  sourceKind: SourceKind;
  sourceSpan: Span;
  /** For a pronoun source, the nearest named source it refers to, else null. */
  resolvedSource: string | null;
  /**
   * For a relative pronoun source ("an architect who said", "the EU, which contended"), where the phrase
   * it stands for (its `resolvedSource`) is in the text.
   */
  referentSpan?: Span;
  cue: string;
  cueSpan: Span;
  cueTone: CueTone;
  claim: string;
  claimSpan: Span;
  sentence: number;
  /**
   * Set only when the source is not reported as saying it: "could call on", "would say" (modal), "did not
   * say", "declined to comment" (negated). Still an attribution (who speaks, or keeps silent), but the
   * claim is nobody's, so other findings and the question bank read only the attributions without it.
   */
  modality?: Modality;
}

export type Modality = "modal" | "negated";

/** A claim that floats free: "reportedly", "it is expected", in a sentence that names no source. */
export interface Hedge extends Span {
  cue: string;
  sentence: number;
}

/** The article itself says a claim came with no evidence. */
export interface UnsupportedClaimMarker extends Span {
  text: string;
  sentence: number;
}

export interface ReportedFigure extends Span {
  value: string;
  source: string;
  sentence: number;
}

/** The same quantity reported by two sources with different numbers. */
export interface FigureConflict {
  about: string;
  figures: ReportedFigure[];
}

export type LoadedCategory =
  | "label"
  | "euphemism"
  | "positive-framing"
  | "intensifier"
  | "dehumanising"
  | "conspiracy"
  | "violence-metaphor"
  | "sensationalism"
  | "presupposition"
  | "scare-quotes"
  | "so-called";

/** Wording that takes sides. voice "quoted" means the words belong to a quoted speaker, not the outlet. */
export interface LoadedTerm extends Span {
  text: string;
  category: LoadedCategory;
  neutral: string[];
  explanation: string;
  voice: "author" | "quoted";
  /** The quoted speaker when voice is "quoted" and the speaker is known. */
  speaker: string | null;
  sentence: number;
}

export interface AsymmetrySide extends Span {
  actor: string;
  term: string;
  sentence: number;
}

/** The same kind of action described with different words for different sides. */
export interface Asymmetry {
  action: string;
  sides: AsymmetrySide[];
}

/** Headline terms carry this sentence index: the headline is not one of the body's sentences. */
export const HEADLINE_SENTENCE = -1;

/** The headline and the loaded words in it (each with sentence HEADLINE_SENTENCE). */
export interface Headline extends Span {
  text: string;
  loaded: LoadedTerm[];
}

export interface ArticleAnalysis {
  meta: ArticleMeta;
  headline: Headline | null;
  sentences: Sentence[];
  attributions: Attribution[];
  hedges: Hedge[];
  unsupported: UnsupportedClaimMarker[];
  conflicts: FigureConflict[];
  loaded: LoadedTerm[];
  asymmetries: Asymmetry[];
  boilerplate: Boilerplate[];
}
