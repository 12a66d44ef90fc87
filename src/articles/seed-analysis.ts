import type { ArticleAnalysis } from "../analysis/types";
import seedAnalyses from "./seed-analyses.generated.json";
import { findSeedArticle, type SeedArticle } from "./seed-articles";

/**
 * The seed analyses, computed ahead of time (`npm run precompute`, checked by `npm run check` and the
 * specs): analysing an article on a cold isolate costs far more than the 10 ms of CPU a request may use.
 */
const SEED_ANALYSES = seedAnalyses as unknown as Readonly<Record<string, ArticleAnalysis>>;

/** The seed article with this slug and its analysis; undefined for an unknown slug. */
export function findAnalysedSeed(
  slug: string,
): { article: SeedArticle; analysis: ArticleAnalysis } | undefined {
  const article = findSeedArticle(slug);
  const analysis = SEED_ANALYSES[slug];
  return article && analysis ? { article, analysis } : undefined;
}
