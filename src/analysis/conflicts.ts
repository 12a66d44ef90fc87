import type { Attribution, FigureConflict, ReportedFigure, Sentence } from "./types";

/** "over 100 members of militant groups were killed", "at least 8 civilians were killed or injured". */
const CASUALTY_FIGURE =
  /\b((?:(?:over|more than|at least|up to|around|about|nearly|almost|approximately|as many as|some)\s+)?(?:\d[\d,]*|a dozen|dozens of|hundreds of|thousands of))\s+((?:[\w-]+\s+){0,4}?)(militants?|members|fighters|rebels|terrorists|insurgents|soldiers|troops|servicemen|civilians|people|children|residents|persons)\b([^.;:]{0,60}?)\b(killed|dead|died|injured|wounded|casualties)\b/gi;

/** "killed 40 fighters": the outcome before the count. */
const CASUALTY_FIGURE_AFTER_VERB =
  /\b(?:killed|killing|wounded|injured|eliminating|eliminated|neutralising|neutralizing)\s+((?:(?:over|more than|at least|up to|around|about|nearly|almost|approximately|as many as|some)\s+)?\d[\d,]*)\s+()((?:[\w-]+\s+){0,3}?(?:militants?|fighters|rebels|terrorists|insurgents|soldiers|troops|servicemen|civilians|people|children|residents|persons))\b/gi;

/** Who was counted, as one of a few comparable groups. */
const GROUP_RULES: readonly { group: string; pattern: RegExp }[] = [
  { group: "militants", pattern: /militant|fighter|rebel|terrorist|insurgent|opposition/i },
  { group: "soldiers", pattern: /soldier|troop|servicem|army/i },
  { group: "civilians", pattern: /civilian|people|children|resident|person/i },
];

interface CountedFigure extends ReportedFigure {
  group: string;
}

/** Casualty figures for the same group given by different sources with different numbers. */
export function findFigureConflicts(
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): FigureConflict[] {
  const figures = sentences.flatMap((sentence) => figuresIn(sentence, attributions));
  const byGroup = new Map<string, CountedFigure[]>();
  for (const figure of figures) byGroup.set(figure.group, [...(byGroup.get(figure.group) ?? []), figure]);
  return [...byGroup.entries()].flatMap(([group, list]) => {
    const sources = new Set(list.map((figure) => figure.source.toLowerCase()));
    const values = new Set(list.map((figure) => numberIn(figure.value)));
    if (sources.size < 2 || values.size < 2) return [];
    return [{ about: `${group} killed or injured`, figures: list.map(({ group: _, ...figure }) => figure) }];
  });
}

function figuresIn(sentence: Sentence, attributions: readonly Attribution[]): CountedFigure[] {
  const own = attributions.filter((item) => item.sentence === sentence.index);
  const matches = [
    ...sentence.text.matchAll(CASUALTY_FIGURE),
    ...sentence.text.matchAll(CASUALTY_FIGURE_AFTER_VERB),
  ];
  return matches.flatMap((match) => {
    const start = sentence.start + match.index;
    const source = own.find((item) => item.claimSpan.start <= start && start < item.claimSpan.end) ?? own[0];
    const counted = `${match[2] ?? ""}${match[3] ?? ""}${match[4] ?? ""}`;
    const group = GROUP_RULES.find((rule) => rule.pattern.test(counted))?.group;
    if (!source || !group) return [];
    const value = match[1] ?? "";
    return [
      {
        value,
        source: source.resolvedSource ?? source.source,
        sentence: sentence.index,
        start,
        end: start + match[0].length,
        group,
      },
    ];
  });
}

function numberIn(value: string): string {
  return /\d[\d,]*/.exec(value)?.[0].replace(/,/g, "") ?? value.toLowerCase();
}
