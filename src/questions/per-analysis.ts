import type { ArticleAnalysis } from "../analysis/types";

/**
 * A memo of values computed once per analysis and key: builders ask the same question of one article's
 * facts many times (a source's fullest name, its standing, where it is introduced). Kept in a weak map,
 * so the values go when the analysis does (the last analysis asked about is held until another is).
 */
export function perAnalysis<K, V>(): (analysis: ArticleAnalysis, key: K, compute: () => V) => V {
  const byAnalysis = new WeakMap<ArticleAnalysis, Map<K, V>>();
  // Builders ask thousands of times about one analysis in a row: its map is kept at hand.
  let lastAnalysis: ArticleAnalysis | undefined;
  let lastKnown: Map<K, V> | undefined;
  return (analysis, key, compute) => {
    let known = analysis === lastAnalysis ? lastKnown : byAnalysis.get(analysis);
    if (!known) {
      known = new Map();
      byAnalysis.set(analysis, known);
    }
    lastAnalysis = analysis;
    lastKnown = known;
    if (known.has(key)) return known.get(key) as V;
    const value = compute();
    known.set(key, value);
    return value;
  };
}
