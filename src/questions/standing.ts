import {
  attributionStanding,
  roleAround,
  SOURCE_STANDINGS,
  type SourceStanding,
  standingOfRole,
} from "../analysis/source-standing";
import type { ArticleAnalysis, Attribution } from "../analysis/types";
import type { OptionDraft } from "./draft";
import { bodyOfRole, canonicalSource, effectiveSourceKind, sentenceAt, sourceName } from "./facts";
import { fnv1a } from "./hash";
import { perAnalysis } from "./per-analysis";
import { quote } from "./text";

/**
 * How each source standing reads as an option, and why it matters: the one wording of the sourcing model
 * (docs/sourcing-model.md) that every sourcing question uses, so no two questions teach it differently.
 */
export const STANDING_TEXT: Readonly<Record<SourceStanding, { label: string; why: string }>> = {
  "named-accountable": {
    label: "A source given by name, with no side in the story",
    why: "the source can be looked up and takes no side in the story, though one source is still only one source",
  },
  "named-interested": {
    label: "A side in the story, or its official or outlet, given by name",
    why: "you know who says it, but the source has a stake in the story: look for someone independent who confirms it",
  },
  vague: {
    label: "Someone unnamed or too vague to check, even if told their side",
    why: "a phrase like that names no one you could ask, so it does not say who",
  },
  none: {
    label: "No source: the article just states it or hedges it",
    why: "the article gives no source at all; a hedge like “reportedly” passes the claim on without saying who",
  },
};

/**
 * Why "none" is right when the article states the claim as fact, with no source and no hedge (sourcing
 * model rule 3): the outlet alone vouches for it. The hedge wording is for hedged claims only.
 */
export const STATED_AS_FACT_WHY =
  "the article states it as fact and names no source: the outlet alone vouches for it, and says nothing of how it knows";

/**
 * The standing of the source behind an attribution (a pronoun read as what it stands for), in this article:
 * - the role that introduces the source anywhere in the article counts: "a UN spokesperson, Omar Diaz" has
 *   no side; "The President's spokesperson, Anton Veselin" and "Its founder, Simon Prideaux" are sides;
 * - a named source that reports on itself anywhere in the article ("the firm said it would pay", "we have
 *   asked people") is a side in every question about it, so no two questions teach it two ways;
 * - so is one whose record another source judges ("the authority" when a regulator says "the authority had
 *   missed its leakage target"), and a named source the headline is about ("Fresco" in "Fresco profits rise").
 */
export function standingOf(attribution: Attribution, analysis?: ArticleAnalysis): SourceStanding {
  if (!analysis) return attributionStanding(attribution);
  return standings(analysis, attribution, () => judgeStanding(attribution, analysis));
}

/** Per analysis, each attribution's standing: builders ask for it for every question about the source. */
const standings = perAnalysis<Attribution, SourceStanding>();

function judgeStanding(attribution: Attribution, analysis: ArticleAnalysis): SourceStanding {
  const standing = attributionStanding(attribution);
  if (standing !== "named-accountable" && standing !== "named-interested") return standing;
  const inArticle = standingInArticle(analysis, attribution);
  if (inArticle) return inArticle;
  if (standing !== "named-accountable") return standing;
  if (judgedByOthers(attribution, analysis)) return "named-interested";
  const title = analysis.meta.title;
  if (!title) return standing;
  const names =
    attribution.source.match(/\b[A-Z][\w'’-]+/g)?.filter((word) => !/^(The|A|An|Dr|Mr|Ms|Mrs)$/.test(word)) ??
    [];
  const inTitle = names.length > 0 && names.every((name) => new RegExp(`\\b${name}\\b`).test(title));
  return inTitle ? "named-interested" : standing;
}

/** The word a source phrase is named by: "the Westmoor Water Authority" → "authority", "the Syrian Observatory for …" → "observatory". */
function headWord(source: string): string {
  let known = headWords.get(source);
  if (known === undefined) {
    const beforePreposition = source.split(/\s+(?:of|for|at|in|on)\s+/i)[0] ?? source;
    known = (beforePreposition.match(/[\p{L}-]+/gu)?.at(-1) ?? "").toLowerCase();
    if (headWords.size >= 2_000) headWords.clear();
    headWords.set(source, known);
  }
  return known;
}

/** Each source phrase's head word, read once: judgedByOthers compares every source with every other. */
const headWords = new Map<string, string>();

/** True when another source's claim is about this source: the story weighs its record, so it is a side. */
function judgedByOthers(attribution: Attribution, analysis: ArticleAnalysis): boolean {
  const head = headWord(attribution.resolvedSource ?? attribution.source);
  if (head.length < 4) return false;
  const mention = new RegExp(`\\b${head}(?:'s|’s)?\\b`, "i");
  return analysis.attributions.some(
    (other) =>
      headWord(other.resolvedSource ?? other.source) !== head &&
      attributionStanding(other) !== "none" &&
      mention.test(other.claim),
  );
}

/** A claim about the source's own doings: "it would pay", "its members", "we", "our customers". */
const ABOUT_ITSELF = /^(it|we|they)\b|\b(it would|it will|it had|it has|its own|our|we)\b/i;

/** A person's "we" and "our" speak for their body; "it would" after a person is about something else. */
const ABOUT_OUR_BODY = /\b(our|we)\b/i;

/**
 * What the article as a whole says about this source's standing, or null when it says nothing: an outsider's
 * role anywhere wins; else a party's or speaking role, or a claim about itself, anywhere makes it a side.
 */
function standingInArticle(analysis: ArticleAnalysis, attribution: Attribution): SourceStanding | null {
  const name = sourceName(attribution);
  if (!name) return null;
  const source = canonicalSource(analysis, name);
  return standingsInArticle(analysis, source, () => readStandingInArticle(analysis, source));
}

/** Per analysis, each source's standing in the article: it depends on the source, not on which of its attributions asks. */
const standingsInArticle = perAnalysis<string, SourceStanding | null>();

function readStandingInArticle(analysis: ArticleAnalysis, source: string): SourceStanding | null {
  let found: SourceStanding | null = null;
  for (const other of analysis.attributions) {
    const otherName = sourceName(other);
    if (!otherName || canonicalSource(analysis, otherName) !== source) continue;
    const sentence = sentenceAt(analysis, other.sentence);
    const role = sentence ? roleAround(other, sentence) : null;
    const byRole = role ? (standingOfRole(role) ?? standingOfBodyRole(analysis, role, other.sentence)) : null;
    if (byRole === "named-accountable") return byRole;
    if (byRole === "named-interested" || speaksAboutItself(analysis, other)) found = "named-interested";
  }
  return found;
}

/**
 * "Its regional secretary, Colm Adair" after "The crews' union … said": a role of the body just quoted ("its",
 * "their") speaks for that body, so it stands where the body stands. Null when the role names no such body.
 */
function standingOfBodyRole(
  analysis: ArticleAnalysis,
  role: string,
  sentence: number,
): SourceStanding | null {
  if (!/^(?:its|their)\s/i.test(role)) return null;
  const body = bodyOfRole(analysis, role, sentence);
  if (!body) return null;
  const quoted = analysis.attributions.find((other) => {
    const name = sourceName(other);
    return name !== null && canonicalSource(analysis, name).toLowerCase() === body;
  });
  const standing = quoted ? attributionStanding(quoted) : null;
  return standing === "named-interested" ? standing : null;
}

function speaksAboutItself(analysis: ArticleAnalysis, attribution: Attribution): boolean {
  const kind = effectiveSourceKind(analysis, attribution);
  return (kind === "named-person" ? ABOUT_OUR_BODY : ABOUT_ITSELF).test(attribution.claim);
}

/**
 * True when a vague source phrase says whose side it is on ("pro-militant sources", "media outlets affiliated
 * with Hayat Tahrir al-Sham", "Turkish sources", "opposition websites"), unlike "reports" or "experts".
 */
function pointsToASide(phrase: string | null): boolean {
  if (!phrase) return false;
  const words = phrase.replace(/^[“"]|[”"]$/g, "");
  return (
    /\b(?:pro|anti)-|\b(?:affiliated|backed|linked|allied|government|opposition|rebel|militant|army|state)\b/i.test(
      words,
    ) ||
    /\s[A-Z]/.test(words) ||
    /^(?!(?:The|A|An|Local|Media|Some|Many|Several|Reports?|Sources|Experts|Analysts|Observers|Witnesses|Residents|Critics|Others|Supporters)\b)[A-Z]/.test(
      words,
    )
  );
}

/**
 * What choosing `chosen` gets wrong when the source (`named`, quoted, or null when there is none) has the
 * standing `right`: each feedback names the step of the method the student skipped.
 */
function standingMistake(chosen: SourceStanding, right: SourceStanding, named: string | null): string {
  const source = named ?? "the source";
  switch (chosen) {
    case "named-accountable":
      if (right === "named-interested")
        return `No: ${source} is named, but speaks for a side in the story, with a stake in how it is told. Ask what a source stands to gain before trusting it.`;
      if (right === "vague")
        return `No: ${source} names no one you could look up, so it cannot be an accountable source.`;
      return "No: no one is named as the source here, so there is nobody to look up.";
    case "named-interested":
      if (right === "named-accountable") {
        const label = named ? /\b(?:pro|anti)-[\w-]+/i.exec(named)?.[0] : undefined;
        return label
          ? `No: the article labels it ${label}, but ${source.replace(`${label} `, "")} is not a party to the events; the label is the outlet's framing, worth noticing, not a stake.`
          : `No: ${source} is named and is not one of the sides the story is about, so the source has no obvious stake here.`;
      }
      if (right === "vague")
        return pointsToASide(named)
          ? `No: ${source} may point to a side, but names no outlet or person you could look up, so it counts as vague.`
          : `No: ${source} names no one, side or otherwise, so it counts as vague.`;
      return "No: no source is named here, a side or otherwise.";
    case "vague":
      if (right === "none") return "No: there is not even a vague source here; the article gives none.";
      return `No: ${source} is specific enough to look up; vague sources are phrases like “reports” or “local sources”.`;
    case "none":
      if (right === "vague")
        return `No: the article does point to a source, ${source}, though it is too vague to check.`;
      return `No: the article gives a source, ${source}.`;
  }
}

/** Why the right standing is right: a claim the article states as fact is the outlet's own word, not a hedge. */
export function standingWhy(standing: SourceStanding, statedAsFact = false): string {
  return standing === "none" && statedAsFact ? STATED_AS_FACT_WHY : STANDING_TEXT[standing].why;
}

/**
 * The four standings as options, the right one marked, each one's feedback on why it is right or wrong;
 * `statedAsFact` when the right answer is "none" because the article states the claim itself.
 */
export function standingOptions(
  right: SourceStanding,
  source: string | null,
  statedAsFact = false,
): OptionDraft[] {
  const named = source ? quote(source) : null;
  return SOURCE_STANDINGS.map((standing) => ({
    text: STANDING_TEXT[standing].label,
    correct: standing === right,
    feedback:
      standing === right
        ? `Right: ${standingWhy(right, statedAsFact)}.`
        : standingMistake(standing, right, named),
  }));
}

/** True when the article itself casts doubt on what this sentence reports, there or in the next sentence. */
export function articleDoubts(analysis: ArticleAnalysis, sentence: number): string | null {
  const marker = analysis.unsupported.find(
    (item) => item.sentence === sentence || item.sentence === sentence + 1,
  );
  return marker ? marker.text : null;
}

/** A stable pick among variants for one article and key, so each article gets its own version of a question. */
export function pickVariant<T>(variants: readonly T[], ...keys: string[]): T {
  const index = Number.parseInt(fnv1a(keys.join("|")), 36) % variants.length;
  return variants[index] as T;
}
