import type { Asymmetry, AsymmetrySide, Sentence } from "./types";

/**
 * Kinds of action and the words for them. `framed` words take a side (praise or euphemism); an
 * asymmetry needs one side described with a framed word and another side with a different word.
 */
const ACTIONS: readonly { action: string; framed: readonly string[]; plain: readonly string[] }[] = [
  {
    action: "taking a place",
    framed: ["liberated", "liberating", "liberate", "freed"],
    plain: [
      "captured",
      "capturing",
      "seized",
      "seizing",
      "took control of",
      "recaptured",
      "recapturing",
      "overran",
      "occupied",
      "took over",
    ],
  },
  {
    action: "killing",
    framed: ["eliminated", "neutralised", "neutralized", "liquidated"],
    plain: ["killed", "killing", "murdered", "massacred", "slaughtered"],
  },
  {
    action: "pulling back",
    framed: ["tactical retreat", "regrouped", "redeployed"],
    plain: ["fled", "retreated", "withdrew", "ran away", "abandoned"],
  },
];

const TERM_TO_ACTION = new Map<string, { action: string; framed: boolean }>(
  ACTIONS.flatMap(({ action, framed, plain }) => [
    ...framed.map((term) => [term, { action, framed: true }] as const),
    ...plain.map((term) => [term, { action, framed: false }] as const),
  ]),
);
const TERMS = new RegExp(
  `(?<![\\w-])(${[...TERM_TO_ACTION.keys()]
    .sort((a, b) => b.length - a.length)
    .join("|")
    .replace(/ /g, "\\s+")})(?![\\w-])`,
  "gi",
);
const PRONOUN_SUBJECT = /^(they|he|she|it|them)$/i;
const FINITE_VERB =
  /^(\w+ed|is|are|was|were|has|have|had|will|would|did|does|launched|began|went|took|made|carried|continued|resumed)$/i;
const LEADING_NOISE = /^(then|also|later|meanwhile|however|when|while|after|as|because|once|since)\s+/i;
const LEADING_PHRASE =
  /^(on|by|in|at|earlier|late|then|meanwhile|backed|during|after|before|over)\b[^,]*,\s*/i;
/** Which side an actor is on, by the words that name it; an actor with none of them is a side of its own. */
const SIDE_RULES: readonly { side: string; pattern: RegExp }[] = [
  {
    side: "armed opposition",
    pattern:
      /\b(militants?|militant|rebels?|opposition|insurgents?|terrorists?|jihadi\w*|militias?|separatists?|radicals?|armed groups?|hayat tahrir|hts|isis|turkish-backed|fighters|free syrian army|fsa|factions|revolutionaries)\b/i,
  },
  {
    side: "government",
    pattern:
      /\b(army|government|regime|military|soldiers|troops|pro-government|tiger forces|air force|russian|russians)\b/i,
  },
];
const PASSIVE_OR_INFINITIVE_BEFORE = /\b(was|were|be|been|being|is|are|to)\s+(\w+ly\s+)?$/i;

interface Occurrence extends AsymmetrySide {
  action: string;
  framed: boolean;
}

/** The same kind of action told with a side-taking word for one actor and a different word for another. */
export function findAsymmetries(text: string, sentences: readonly Sentence[]): Asymmetry[] {
  const occurrences = sentences.flatMap((sentence) => occurrencesIn(text, sentence, sentences));
  return ACTIONS.flatMap(({ action }) => {
    const sides = uniqueSides(occurrences.filter((item) => item.action === action));
    const framedSides = new Set(sides.filter((side) => side.framed).map((side) => sideOf(side.actor)));
    const otherWording = sides.filter((side) => !side.framed && !framedSides.has(sideOf(side.actor)));
    if (framedSides.size === 0 || otherWording.length === 0) return [];
    return [{ action, sides: sides.map(({ action: _a, framed: _f, ...side }) => side) }];
  });
}

function sideOf(actor: string): string {
  return SIDE_RULES.find((rule) => rule.pattern.test(actor))?.side ?? actor.toLowerCase();
}

function occurrencesIn(text: string, sentence: Sentence, sentences: readonly Sentence[]): Occurrence[] {
  return [...sentence.text.matchAll(TERMS)].flatMap((match) => {
    const term = match[0].toLowerCase().replace(/\s+/g, " ");
    const kind = TERM_TO_ACTION.get(term);
    const before = sentence.text.slice(0, match.index);
    if (PASSIVE_OR_INFINITIVE_BEFORE.test(before)) return [];
    const actor = actorBefore(before, sentence, sentences);
    if (!kind || !actor) return [];
    const start = sentence.start + match.index;
    return [
      {
        ...kind,
        actor,
        term: text.slice(start, start + match[0].length),
        sentence: sentence.index,
        start,
        end: start + match[0].length,
      },
    ];
  });
}

/** The subject of the clause the verb is in: back to the last comma or semicolon, up to its first verb. */
function actorBefore(before: string, sentence: Sentence, sentences: readonly Sentence[]): string | null {
  const clause = (before.split(/[,;:–—]/).pop() ?? "").trim().replace(LEADING_NOISE, "");
  const words = clause.split(/\s+/).filter(Boolean);
  const verbAt = words.findIndex((word) => FINITE_VERB.test(word) || /^and$/i.test(word));
  const subject = (verbAt === -1 ? words : words.slice(0, verbAt)).slice(-8).join(" ");
  if (subject === "") return null;
  if (PRONOUN_SUBJECT.test(subject)) return subjectOfSentence(sentences[sentence.index - 1]);
  return /^(the|a|an|its|their|his|her|which|who|that)$/i.test(subject) ? null : subject;
}

function subjectOfSentence(sentence: Sentence | undefined): string | null {
  if (!sentence) return null;
  const opening = sentence.text.replace(LEADING_PHRASE, "");
  const words = opening.split(/\s+/);
  const verbAt = words.findIndex((word) => FINITE_VERB.test(word.replace(/,$/, "")));
  const subject =
    words
      .slice(0, verbAt === -1 ? 6 : verbAt)
      .join(" ")
      .split(",")[0]
      ?.trim() ?? "";
  return subject === "" ? null : subject;
}

function uniqueSides(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return occurrences.filter((item) => {
    const key = `${item.actor.toLowerCase()}|${item.term.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
