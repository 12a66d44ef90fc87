import type { ArticleAnalysis } from "../analysis/types";
import type { Question } from "../questions/types";
import type { Collection } from "./bundled-articles";

/** A bundled article with everything precomputed about it: its exact text, its analysis and its questions. */
export interface BundledArticle {
  slug: string;
  collection: Collection;
  /** The article byte for byte: every offset in the analysis and the questions points into it. */
  text: string;
  analysis: ArticleAnalysis;
  questions: Question[];
}
