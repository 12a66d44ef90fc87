import type { ArticleAnalysis, LoadedCategory, LoadedTerm, Sentence } from "../analysis/types";
import { words } from "./text";

/** Loaded words a writer might have chosen instead, per category: wrong answers for "which rewrite is neutral?". */
export const LOADED_ALTERNATIVES: Readonly<Record<LoadedCategory, readonly string[]>> = {
  label: [
    "terrorists",
    "thugs",
    "extremists",
    "mercenaries",
    "bandits",
    "fanatics",
    "gangs",
    "terrorist",
    "thug",
    "extremist",
  ],
  euphemism: ["neutralised", "cleansed", "wiped out", "neutralising", "cleansing"],
  "positive-framing": ["freed", "rescued", "heroically seized", "freeing", "rescuing"],
  intensifier: ["crushing defeat", "smashed", "obliterated", "annihilated", "crushing", "smashing"],
  dehumanising: ["vermin", "animals", "rats"],
  conspiracy: [],
  "violence-metaphor": [],
  sensationalism: [],
  presupposition: [],
  "scare-quotes": [],
  "so-called": [],
};

type Ending = "ed" | "ing" | "s" | "other";

function ending(phrase: string): Ending {
  const last = words(phrase).at(-1) ?? "";
  if (last.endsWith("ed") || last === "wiped out") return "ed";
  if (last.endsWith("ing")) return "ing";
  if (last.endsWith("s") && !last.endsWith("ss")) return "s";
  return "other";
}

/** A phrase that ends in a preposition is a verb phrase ("taking control of", "fighting in"). */
const PHRASE_END = /\s(?:of|in|on|into|over|across|through|to|from)$/i;

/** The candidates that fit where `term` stood: same ending ("liberated" → "captured", "radicals" → "militants"). */
export function sameForm(term: string, candidates: readonly string[]): string[] {
  const wanted = ending(term);
  // A phrasal verb inflects its first word: "taking control of" fits "cleaning", "fighting in" fits "cleaning".
  const inflected = (phrase: string) => {
    const parts = phrase.split(/\s+/);
    return (PHRASE_END.test(phrase) ? parts[0] : parts.at(-1)) ?? phrase;
  };
  return candidates.filter((candidate) => ending(inflected(candidate)) === wanted);
}

/**
 * Labels some armed groups use for themselves ("jihadist"): keyed as taking sides, "No loaded word" would be
 * arguable, so loaded-word and group-label do not ask about them (review rounds 4 and 9).
 */
export const SELF_DESCRIBED = /^jihad/i;

/** Loaded terms in the outlet's own voice (not words of a quoted speaker). */
export function authorTerms(analysis: ArticleAnalysis): LoadedTerm[] {
  return analysis.loaded.filter((term) => term.voice === "author");
}

/**
 * Words that often take sides, used to keep a sentence out of the "no loaded word" controls and never offered
 * as a word that "describes without judging": among them praise of how a side behaved ("acted with
 * restraint", "peaceful families"), framing the detector does not flag but no teacher would call plain.
 */
const SUSPECT =
  /\b(regime|terror\w*|occup\w*|propaganda|heroic\w*|brave\w*|savage\w*|brutal\w*|slaughter\w*|massacre\w*|puppet\w*|jihad\w*|extremis\w*|thugs?|invad\w*|proxy|proxies|mercenar\w*|radical\w*|liberat\w*|eliminat\w*|so-called|crush\w*|pulveri\w*|devastat\w*|as always|apparently|aggress\w*|criminal\w*|barbar\w*|gang\w*|infidel\w*|bandit\w*|depressing|shocking|disgrac\w*|outrage\w*|alarming|tragic\w*|shameful|ridiculous|absurd|appalling|disastrous|miracle\w*|revolution\w*|wonder\w*|amazing|stunning|scandal\w*|reckless\w*|hunched|glowing|zombie\w*|addict\w*|obsess\w*|powerful|discover\w*|understands|breakthrough\w*|stunn\w*|astonish\w*|remarkabl\w*|incredibl\w*|restrain\w*|peaceful\w*|courage\w*|valiant\w*|fabricat\w*|tarnish\w*|smear\w*|slander\w*|swift\w*)\b|["“”]/i;

/**
 * A claim resting on a source too vague to check ("Studies show that …", "Experts say", "research suggests"):
 * a warning sign in itself, so never "this one is fine", even with no loaded word in it.
 */
const VAGUE_BACKING =
  /\b(?:studies|research|scientists|experts|doctors|researchers|reports|sources|surveys)\s+(?:have\s+)?(?:shows?|found|find|suggests?|says?|claims?|agrees?|warns?|believes?|discovered|proved|proven)\b/i;

/**
 * Sentences fit for a "no loaded word" control: none of the detector's terms, no suspect word, no hedge, no
 * claim resting on vague experts or studies ("Studies show …" is a warning sign, not a fine sentence), 8–30 words.
 */
export function neutralSentences(analysis: ArticleAnalysis): Sentence[] {
  const loadedSentences = new Set(analysis.loaded.map((term) => term.sentence));
  const hedged = new Set(analysis.hedges.map((hedge) => hedge.sentence));
  return analysis.sentences.filter((sentence) => {
    const count = words(sentence.text).length;
    return (
      !loadedSentences.has(sentence.index) &&
      !hedged.has(sentence.index) &&
      !VAGUE_BACKING.test(sentence.text) &&
      !SUSPECT.test(sentence.text) &&
      count >= 8 &&
      count <= 30
    );
  });
}

/** Plain words never offered as "the word that takes sides" (from the lexicon's never-loaded list). */
const PLAIN = new Set(
  "said says told added troops forces force fighters civilians government offensive army soldiers units village villages town towns about after against along among around because before being between during their there these those which while would could should where other others under above below within without further".split(
    " ",
  ),
);

/**
 * Real words of a sentence that could pass for loaded but are not: lower-case words of 5+ letters, not
 * plain, not inside a loaded term, longest first (they carry the most meaning).
 */
export function distractorWords(text: string, sentence: Sentence, avoid: readonly LoadedTerm[]): string[] {
  const found = [...sentence.text.matchAll(/[a-z][a-z-]{4,}/g)].filter((match) => {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const before = text[start - 1] ?? " ";
    const inside = avoid.some((term) => start < term.end && term.start < end);
    const word = match[0];
    const sided = /^(pro|anti)-/.test(word) || SUSPECT.test(word);
    return !inside && !sided && !/[\w’'-]/.test(before) && !PLAIN.has(word) && !word.endsWith("-");
  });
  const unique = [...new Set(found.map((match) => match[0]))];
  return unique.sort((left, right) => right.length - left.length || (left < right ? -1 : 1));
}

/** Names of the piece's format that open many headlines ("Video: …"), never offered as an answer. */
const HEADLINE_LABELS = new Set(["video", "photos", "watch", "update", "breaking"]);

/**
 * Real words of a title-case headline that could pass for loaded but are not: 4+ letters, not plain, not
 * suspect, not in or right next to a loaded term (a neighbour may be part of the same phrase), longest first.
 */
export function headlineDistractorWords(title: string, avoid: readonly LoadedTerm[]): string[] {
  const tokens = [...title.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((match) => match[0]);
  const avoided = new Set(avoid.flatMap((term) => words(term.text)));
  const nearAvoided = (index: number) =>
    [index - 1, index, index + 1].some((near) => avoided.has((tokens[near] ?? "").toLowerCase()));
  const found = tokens.filter((token, index) => {
    const word = token.toLowerCase();
    return (
      word.length >= 4 &&
      !nearAvoided(index) &&
      !PLAIN.has(word) &&
      !HEADLINE_LABELS.has(word) &&
      !SUSPECT.test(token)
    );
  });
  return [...new Set(found)].sort((left, right) => right.length - left.length || (left < right ? -1 : 1));
}
