/**
 * The articles bundled into the Worker: one line each. Add a line here and run `npm run precompute`;
 * nothing else needs to change. `file` is relative to the repository root and kept byte for byte; the slug
 * is its name without `.txt`. `collection` says what it is for: `seed` for the original five articles,
 * `practice` for the teachers' practice articles.
 */
export const BUNDLED_ARTICLE_FILES: readonly BundledArticleFile[] = [
  { file: "seeds/army-advance-in-southern-idlib.txt", collection: "seed" },
  { file: "seeds/russia-backed-offensive-in-southern-idlib.txt", collection: "seed" },
  { file: "seeds/battle-for-idlib-m5-highway.txt", collection: "seed" },
  { file: "seeds/army-repels-attack-in-idlib.txt", collection: "seed" },
  { file: "seeds/maarat-al-numan-about-to-fall.txt", collection: "seed" },
  { file: "practice/reservoir-levels-wire-report.txt", collection: "practice" },
  { file: "practice/phones-in-schools-opinion.txt", collection: "practice" },
  { file: "practice/capital-protest-state-media.txt", collection: "practice" },
  { file: "practice/miracle-berry-health-story.txt", collection: "practice" },
  { file: "practice/riverside-housing-council-vote.txt", collection: "practice" },
  { file: "practice/grocery-chain-results-business.txt", collection: "practice" },
];

/** What a bundled article is for: one of the original seed articles, or a practice article. */
export type Collection = "seed" | "practice";

export interface BundledArticleFile {
  file: string;
  collection: Collection;
}

/** "seeds/army-advance-in-southern-idlib.txt" → "army-advance-in-southern-idlib". */
export function slugOfFile(file: string): string {
  return (file.split("/").at(-1) ?? file).replace(/\.txt$/, "");
}
