/**
 * Shared word lists for context rules. A rule such as "eliminated only near people" reads better with a
 * named list than with forty words inline.
 */

/** People who fight or are fought: the object that turns "eliminated" into a word about killing. */
export const COMBATANTS: readonly string[] = [
  "militant",
  "militants",
  "fighter",
  "fighters",
  "terrorist",
  "terrorists",
  "insurgent",
  "insurgents",
  "rebel",
  "rebels",
  "soldier",
  "soldiers",
  "troops",
  "servicemen",
  "gunmen",
  "gunman",
  "jihadist",
  "jihadists",
  "jihadis",
  "extremists",
  "radicals",
  "commander",
  "commanders",
  "leader",
  "leaders",
  "members",
  "militiamen",
  "combatants",
  "enemy",
  "enemies",
  "mercenaries",
  "personnel",
  "operatives",
  "snipers",
  "sniper",
  "crew",
  "crews",
  "cell",
  "cells",
];

/** Anyone: combatants and the people around them. */
export const PEOPLE: readonly string[] = [
  ...COMBATANTS,
  "people",
  "civilians",
  "men",
  "women",
  "children",
  "protesters",
  "prisoners",
  "suspects",
  "opponents",
  "dissidents",
  "villagers",
  "residents",
];

/** Words that show a sentence is about armed conflict, not sport, cooking or chemistry. */
export const CONFLICT: readonly string[] = [
  ...COMBATANTS,
  "army",
  "armies",
  "military",
  "forces",
  "war",
  "offensive",
  "operation",
  "operations",
  "airstrike",
  "airstrikes",
  "strikes",
  "shelling",
  "front",
  "frontline",
  "battle",
  "clashes",
  "attack",
  "attacks",
  "regime",
  "police",
  "occupation",
  "invasion",
];

/** Nouns for armed groups: the heads of "radical groups", "proxy forces", "extremist factions". */
export const GROUP_NOUNS: readonly string[] = [
  "group",
  "groups",
  "faction",
  "factions",
  "force",
  "forces",
  "militia",
  "militias",
  "militants",
  "fighters",
  "elements",
  "organisations",
  "organizations",
  "islamists",
  "jihadists",
  "cells",
];

/** Sport, games and votes, where "eliminated" and "crushed" are ordinary words. */
export const CONTESTS: readonly string[] = [
  "cup",
  "tournament",
  "league",
  "playoffs",
  "play offs",
  "championship",
  "olympics",
  "contest",
  "competition",
  "quiz",
  "election",
  "primaries",
  "semi final",
  "quarter final",
  "first round",
  "second round",
];

/** Every pairing of a word with a following word: phrases("radical", ["group", "groups"]). */
export function phrases(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.map((b) => `${a} ${b}`));
}
