import armyAdvanceInSouthernIdlib from "../../seeds/army-advance-in-southern-idlib.txt";
import armyRepelsAttackInIdlib from "../../seeds/army-repels-attack-in-idlib.txt";
import battleForIdlibM5Highway from "../../seeds/battle-for-idlib-m5-highway.txt";
import maaratAlNumanAboutToFall from "../../seeds/maarat-al-numan-about-to-fall.txt";
import russiaBackedOffensiveInSouthernIdlib from "../../seeds/russia-backed-offensive-in-southern-idlib.txt";

export interface SeedArticle {
  slug: string;
  text: string;
}

/** The five source articles, bundled into the Worker at build time, in the order of the original corpus. */
export const SEED_ARTICLES: readonly SeedArticle[] = [
  { slug: "army-advance-in-southern-idlib", text: armyAdvanceInSouthernIdlib },
  { slug: "russia-backed-offensive-in-southern-idlib", text: russiaBackedOffensiveInSouthernIdlib },
  { slug: "battle-for-idlib-m5-highway", text: battleForIdlibM5Highway },
  { slug: "army-repels-attack-in-idlib", text: armyRepelsAttackInIdlib },
  { slug: "maarat-al-numan-about-to-fall", text: maaratAlNumanAboutToFall },
];

/** The seed article with this slug, or undefined. */
export function findSeedArticle(slug: string): SeedArticle | undefined {
  return SEED_ARTICLES.find((article) => article.slug === slug);
}
