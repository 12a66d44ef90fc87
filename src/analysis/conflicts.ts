import { endAnchored } from "./end-anchored";
import { CALENDAR_WORD, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from "./lexicon/months";
import { alternation } from "./lexicon/phrases";
import { APPROXIMATORS, COUNT_PHRASES, LIMITERS, SCALES } from "./lexicon/quantifiers";
import type { Attribution, FigureConflict, ReportedFigure, Sentence } from "./types";

/** The quantifier lexicon as pieces of the figure patterns below (scales keep their order: "million" before "m"). */
const APPROXIMATORS_PATTERN = alternation(APPROXIMATORS);
const LIMITERS_PATTERN = alternation(LIMITERS);
const COUNT_PHRASES_PATTERN = alternation(COUNT_PHRASES);
const SCALES_PATTERN = SCALES.map((scale) => alternation([scale])).join("|");

/** "over 100 members of militant groups were killed", "at least 8 civilians were killed or injured". */
const CASUALTY_FIGURE = new RegExp(
  `\\b((?:(?:${APPROXIMATORS_PATTERN})\\s+)?(?:\\d[\\d,]*|${COUNT_PHRASES_PATTERN}))\\s+((?:[\\w-]+\\s+){0,4}?)(militants?|members|fighters|rebels|terrorists|insurgents|soldiers|troops|servicemen|civilians|people|children|residents|persons)\\b([^.;:]{0,60}?)\\b(killed|dead|died|injured|wounded|casualties)\\b`,
  "gi",
);

/** "killed 40 fighters": the outcome before the count. */
const CASUALTY_FIGURE_AFTER_VERB = new RegExp(
  `\\b(?:killed|killing|wounded|injured|eliminating|eliminated|neutralising|neutralizing)\\s+((?:(?:${APPROXIMATORS_PATTERN})\\s+)?\\d[\\d,]*)\\s+()((?:[\\w-]+\\s+){0,3}?(?:militants?|fighters|rebels|terrorists|insurgents|soldiers|troops|servicemen|civilians|people|children|residents|persons))\\b`,
  "gi",
);

/**
 * What each figure pattern cannot match without: an outcome word, or a digit. Most sentences have
 * neither, and this look costs far less than the pattern, which tries its approximators at every word.
 */
const OUTCOME_WORD = /killed|dead|died|injured|wounded|casualties/i;
const OUTCOME_VERB = /killed|killing|wounded|injured|eliminat|neutrali[sz]/i;
const DIGIT = /\d/;

/** Who was counted, as one of a few comparable groups. */
const GROUP_RULES: readonly { group: string; pattern: RegExp }[] = [
  { group: "militants", pattern: /militant|fighter|rebel|terrorist|insurgent|opposition/i },
  { group: "soldiers", pattern: /soldier|troop|servicem|army/i },
  { group: "civilians", pattern: /civilian|people|children|resident|person/i },
];

/** "in the village of Ras Hamra", "near Saraqib", "in the Kansafra strike": where the counted event happened. */
const PLACE_NAME =
  /\b(?:in|near|at|outside|around)\s+(?:the\s+(?:(?:town|city|village|province|district|region|area)\s+of\s+)?)?((?:al-)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+)*)/g;
/** A capitalised word after "in" that names no place: a month, a weekday, "The". */
function isNotAPlace(name: string): boolean {
  return CALENDAR_WORD.test(name) || name === "The";
}
/** The source given to a figure the article states in its own voice. */
export const THE_ARTICLE_ITSELF = "the article itself";
/** Figures read per sentence and how far before a figure its wording is read: bounds the cost of any sentence. */
const MAX_FIGURES_PER_SENTENCE = 12;
const LOOK_BACK = 200;
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES.join("|")})\\b`, "g");

interface CountedFigure extends ReportedFigure {
  group: string;
  attributed: boolean;
  places: string[];
  days: string[];
}

/** Casualty figures for the same group given by different sources with different numbers. */
export function findFigureConflicts(
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): FigureConflict[] {
  const bySentence = attributionsBySentence(attributions);
  const figures = sentences.flatMap((sentence) => figuresIn(sentence, bySentence.get(sentence.index) ?? []));
  const byGroup = new Map<string, CountedFigure[]>();
  for (const figure of figures.filter((item) => item.attributed)) {
    const list = byGroup.get(figure.group) ?? [];
    list.push(figure);
    byGroup.set(figure.group, list);
  }
  const sourced = [...byGroup.entries()].flatMap(([group, list]) => {
    const sources = new Set(list.map((figure) => figure.source.toLowerCase()));
    const values = new Set(list.map((figure) => numberIn(figure.value)));
    if (sources.size < 2 || values.size < 2) return [];
    return [{ about: `${group} killed or injured`, figures: list.map(reportedFigure) }];
  });
  const casualties = [...sourced, ...ownCountsDisputed(figures)];
  const counted = new Set(
    casualties.flatMap((conflict) => conflict.figures.map((figure) => figure.sentence)),
  );
  const restated = findRestatedFigures(sentences, attributions, bySentence).filter(
    (conflict) => !conflict.figures.every((figure) => counted.has(figure.sentence)),
  );
  return [...casualties, ...restated];
}

function reportedFigure({
  group: _g,
  attributed: _a,
  places: _p,
  days: _d,
  ...figure
}: CountedFigure): ReportedFigure {
  return figure;
}

/**
 * The article's own count against a source's count of the same group at the same place: "Shelling
 * killed 9 civilians in Ras Hamra" and "Officials said 15 civilians were killed in the Ras Hamra shelling".
 */
function ownCountsDisputed(figures: readonly CountedFigure[]): FigureConflict[] {
  const conflicts = new Map<string, FigureConflict>();
  for (const own of figures.filter((figure) => !figure.attributed)) {
    const disputing = figures.find(
      (other) =>
        other.attributed &&
        other.group === own.group &&
        numberIn(other.value) !== numberIn(own.value) &&
        other.places.some((place) => own.places.includes(place)) &&
        !onDifferentDays(own, other),
    );
    const place = disputing?.places.find((name) => own.places.includes(name));
    if (!disputing || !place) continue;
    const key = `${place}|${numberIn(own.value)}|${numberIn(disputing.value)}`;
    const inOrder = [own, disputing].sort((a, b) => a.start - b.start);
    if (!conflicts.has(key))
      conflicts.set(key, {
        about: `${own.group} killed or injured in ${place}`,
        figures: inOrder.map(reportedFigure),
      });
  }
  return [...conflicts.values()];
}

/** "killed 5 civilians in Idlib on Monday" and "12 civilians were killed in Idlib on Friday" count two events. */
function onDifferentDays(one: CountedFigure, other: CountedFigure): boolean {
  return one.days.length > 0 && other.days.length > 0 && !one.days.some((day) => other.days.includes(day));
}

function daysIn(text: string): string[] {
  return [...text.matchAll(WEEKDAY)].map((match) => match[0].toLowerCase());
}

function placesIn(text: string): string[] {
  return [...text.matchAll(PLACE_NAME)].map((match) => match[1] ?? "").filter((name) => !isNotAPlace(name));
}

/** The attributions of each sentence, by sentence index. */
function attributionsBySentence(attributions: readonly Attribution[]): Map<number, Attribution[]> {
  const bySentence = new Map<number, Attribution[]>();
  for (const attribution of attributions) {
    const list = bySentence.get(attribution.sentence) ?? [];
    list.push(attribution);
    bySentence.set(attribution.sentence, list);
  }
  return bySentence;
}

/**
 * The first matches of a pattern in a text, at most MAX_FIGURES_PER_SENTENCE of them (bounds the cost),
 * none when the text lacks what every match needs.
 */
function firstMatches(text: string, pattern: RegExp, needs: readonly RegExp[]): RegExpExecArray[] {
  // Most sentences lack what a figure needs: they cost a test or two and no allocation.
  for (const need of needs) if (!need.test(text)) return NO_MATCHES;
  const matches: RegExpExecArray[] = [];
  for (const match of text.matchAll(pattern)) {
    if (matches.length === MAX_FIGURES_PER_SENTENCE) break;
    matches.push(match);
  }
  return matches;
}

/** What each figure pattern cannot match without, tested first; shared empty results (never written to). */
const CASUALTY_NEEDS = [OUTCOME_WORD];
const CASUALTY_AFTER_VERB_NEEDS = [OUTCOME_VERB, DIGIT];
const NO_MATCHES: RegExpExecArray[] = [];
const NO_FIGURES: CountedFigure[] = [];

function figuresIn(sentence: Sentence, own: readonly Attribution[]): CountedFigure[] {
  const matches = [
    ...firstMatches(sentence.text, CASUALTY_FIGURE, CASUALTY_NEEDS),
    ...firstMatches(sentence.text, CASUALTY_FIGURE_AFTER_VERB, CASUALTY_AFTER_VERB_NEEDS),
  ];
  if (matches.length === 0) return NO_FIGURES;
  return matches.flatMap((match) => {
    const start = sentence.start + match.index;
    const source = own.find((item) => item.claimSpan.start <= start && start < item.claimSpan.end) ?? own[0];
    const counted = `${match[2] ?? ""}${match[3] ?? ""}${match[4] ?? ""}`;
    const group = GROUP_RULES.find((rule) => rule.pattern.test(counted))?.group;
    if (!group) return [];
    const value = match[1] ?? "";
    return [
      {
        value,
        source: source ? (source.resolvedSource ?? source.source) : THE_ARTICLE_ITSELF,
        sentence: sentence.index,
        start,
        end: start + match[0].length,
        group,
        attributed: source !== undefined,
        places: placesIn(sentence.text),
        days: daysIn(sentence.text),
      },
    ];
  });
}

function numberIn(value: string): string {
  return /\d[\d,]*/.exec(value)?.[0].replace(/,/g, "") ?? value.toLowerCase();
}

/** A number as reported: a hedge word, a currency, the digits, a scale or a percentage. */
const QUANTITY = new RegExp(
  `(?:(?:${APPROXIMATORS_PATTERN}|${LIMITERS_PATTERN})\\s+)?(?:[$£€]\\s?)?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:${SCALES_PATTERN}))?(?![\\w.]*\\d)`,
  "gi",
);
/** "the real number was", "put the figure at", "its share was": a second figure for a quantity named before. */
const RESTATEMENT =
  /\b(?:the (?:real|actual|true|correct|official) (?:number|figure|cost|total|toll|count)|put the (?:figure|number|toll|total|cost|crowd) at|its (?:share|figure|estimate|count)|the (?:figure|number|toll) (?:was|is|stood at|at))\b/i;
const KEY_BEFORE = endAnchored(
  /([a-z]+?)s?\s+(?:of|stood at|was|were|is|are|at|totalled|totaled|reached)\s+$/i,
);
const KEY_AFTER = /^\s+([a-z]+?)s?\b/i;
const NOT_A_KEY = new Set([
  "the",
  "a",
  "an",
  "it",
  "that",
  "which",
  "and",
  "per",
  "cent",
  "million",
  "billion",
  "year",
  "day",
  "week",
  "month",
  "time",
]);
const MONTH_BEFORE = new RegExp(`(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join("|")})\\.?\\s+$`);

interface Quantity extends ReportedFigure {
  unit: "money" | "percent" | "count";
  key: string | null;
  attributed: boolean;
}

/**
 * A figure given again by a different source: "At least 2,000 …, the Observatory reported" then
 * "The LNA claimed the real number was more than 4,000", or "reserves of £11.2 million" against
 * "reserves of £12.4 million".
 */
export function findRestatedFigures(
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
  bySentence = attributionsBySentence(attributions),
): FigureConflict[] {
  const quantities = sentences.map((sentence) =>
    quantitiesIn(sentence, bySentence.get(sentence.index) ?? []),
  );
  const conflicts: FigureConflict[] = [];
  sentences.forEach((sentence, index) => {
    for (const later of quantities[index] ?? []) {
      const earlier = earlierFigureFor(later, sentence, quantities, index);
      if (earlier)
        conflicts.push({ about: earlier.key ?? "the same figure", figures: [strip(earlier), strip(later)] });
    }
  });
  return conflicts;
}

function strip({ unit: _u, key: _k, attributed: _a, ...figure }: Quantity): ReportedFigure {
  return figure;
}

function earlierFigureFor(
  later: Quantity,
  sentence: Sentence,
  quantities: readonly Quantity[][],
  index: number,
): Quantity | undefined {
  if (!later.attributed) return undefined;
  const at = later.start - sentence.start;
  const restated = RESTATEMENT.test(sentence.text.slice(Math.max(0, at - LOOK_BACK), at));
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const candidates = (quantities[back] ?? []).filter(
      (earlier) =>
        earlier.unit === later.unit &&
        earlier.source.toLowerCase() !== later.source.toLowerCase() &&
        numberIn(earlier.value) !== numberIn(later.value) &&
        (restated ? true : earlier.attributed && earlier.key !== null && earlier.key === later.key),
    );
    const chosen = restated ? candidates[0] : candidates.find((earlier) => earlier.key === later.key);
    if (chosen) return chosen;
  }
  return undefined;
}

const QUANTITY_NEEDS = [DIGIT];
const NO_QUANTITIES: Quantity[] = [];

function quantitiesIn(sentence: Sentence, own: readonly Attribution[]): Quantity[] {
  const matches = firstMatches(sentence.text, QUANTITY, QUANTITY_NEEDS);
  if (matches.length === 0) return NO_QUANTITIES;
  return matches.flatMap((match) => {
    const value = match[0];
    const before = sentence.text.slice(Math.max(0, match.index - LOOK_BACK), match.index);
    if (MONTH_BEFORE.test(before) || /^(1[89]|20)\d\d$/.test(value)) return [];
    const start = sentence.start + match.index;
    const source = own.find((item) => item.claimSpan.start <= start && start < item.claimSpan.end) ?? own[0];
    const after = sentence.text.slice(match.index + value.length);
    const key = [KEY_BEFORE.exec(before)?.[1], KEY_AFTER.exec(after)?.[1]].find(
      (word) => word !== undefined && !NOT_A_KEY.has(word.toLowerCase()),
    );
    return [
      {
        value,
        source: source ? (source.resolvedSource ?? source.source) : THE_ARTICLE_ITSELF,
        sentence: sentence.index,
        start,
        end: start + value.length,
        unit: /[$£€]/.test(value) ? "money" : /per ?cent|%/i.test(value) ? "percent" : "count",
        key: key?.toLowerCase() ?? null,
        attributed: source !== undefined,
      },
    ];
  });
}
