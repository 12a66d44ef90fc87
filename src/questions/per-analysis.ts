import type { ArticleAnalysis } from "../analysis/types";

/**
 * A memo of values computed once per analysis and key: builders ask the same question of one article's
 * facts many times (a source's fullest name, its standing, where it is introduced). Kept in a weak map,
 * so the values go when the analysis does.
 */
export function perAnalysis<K, V>(): (analysis: ArticleAnalysis, key: K, compute: () => V) => V {
  const byAnalysis = new WeakMap<ArticleAnalysis, Map<K, V>>();
  return (analysis, key, compute) => {
    let known = byAnalysis.get(analysis);
    if (!known) {
      known = new Map();
      byAnalysis.set(analysis, known);
    }
    if (known.has(key)) return known.get(key) as V;
    const value = compute();
    known.set(key, value);
    return value;
  };
}
