/** Words around a reported number, read by `../conflicts.ts` to compare figures. One entry per line. */

/** Words that bound or round a count: "at least 15", "nearly 200", "some 40". */
export const APPROXIMATORS: readonly string[] = [
  "over",
  "more than",
  "at least",
  "up to",
  "around",
  "about",
  "nearly",
  "almost",
  "approximately",
  "as many as",
  "some",
];

/** Words that make a quantity small: "only 12", "just 3". */
export const LIMITERS: readonly string[] = ["only", "just"];

/** Counts written in words: "dozens of fighters", "hundreds of people". */
export const COUNT_PHRASES: readonly string[] = ["a dozen", "dozens of", "hundreds of", "thousands of"];

/** Scales after a number: "£9.8 billion", "31 per cent", "12%". */
export const SCALES: readonly string[] = ["million", "billion", "bn", "m", "per cent", "percent", "%"];
