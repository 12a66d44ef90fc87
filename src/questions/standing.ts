import {
  attributionStanding,
  roleAround,
  type SourceStanding,
  standingOfRole,
} from "../analysis/source-standing";
import type { ArticleAnalysis, Attribution } from "../analysis/types";
import type { OptionDraft } from "./draft";
import { canonicalSource, effectiveSourceKind, sentenceAt, sourceName } from "./facts";
import { fnv1a } from "./hash";
import { quote } from "./text";

/**
 * How each source standing reads as an option, and why it matters: the one wording of the sourcing model
 * (docs/sourcing-model.md) that every sourcing question uses, so no two questions teach it differently.
 */
export const STANDING_TEXT: Readonly<Record<SourceStanding, { label: string; why: string }>> = {
  "named-accountable": {
    label: "A named source with no side in the story",
    why: "you can look it up and it is not a side in the story, though one source is still only one source",
  },
  "named-interested": {
    label: "A named side in the story, or its officials or media",
    why: "you know who says it, but it has a stake in the story: look for someone independent who confirms it",
  },
  vague: {
    label: "Someone unnamed, or too vague to check",
    why: "a phrase like that names no one you could ask, so it does not say who",
  },
  none: {
    label: "No source: the article just states it or hedges it",
    why: "the article gives no source at all; a hedge like “reportedly” passes the claim on without saying who",
  },
};

/**
 * The standing of the source behind an attribution (a pronoun read as what it stands for), in this article:
 * - the role that introduces the source anywhere in the article counts: "a UN spokesperson, Omar Diaz" has
 *   no side; "The President's spokesperson, Anton Veselin" and "Its founder, Simon Prideaux" are sides;
 * - a named source that reports on itself anywhere in the article ("the firm said it would pay", "we have
 *   asked people") is a side in every question about it, so no two questions teach it two ways;
 * - a named source the headline is about ("Fresco" in "Fresco profits rise") speaks about itself, so it is a side.
 */
export function standingOf(attribution: Attribution, analysis?: ArticleAnalysis): SourceStanding {
  const standing = attributionStanding(attribution);
  if (!analysis || (standing !== "named-accountable" && standing !== "named-interested")) return standing;
  const inArticle = standingInArticle(analysis, attribution);
  if (inArticle) return inArticle;
  if (standing !== "named-accountable") return standing;
  const title = analysis.meta.title;
  if (!title) return standing;
  const names =
    attribution.source.match(/\b[A-Z][\w'’-]+/g)?.filter((word) => !/^(The|A|An|Dr|Mr|Ms|Mrs)$/.test(word)) ??
    [];
  const inTitle = names.length > 0 && names.every((name) => new RegExp(`\\b${name}\\b`).test(title));
  return inTitle ? "named-interested" : standing;
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
  let found: SourceStanding | null = null;
  for (const other of analysis.attributions) {
    const otherName = sourceName(other);
    if (!otherName || canonicalSource(analysis, otherName) !== source) continue;
    const sentence = sentenceAt(analysis, other.sentence);
    const role = sentence ? roleAround(other, sentence) : null;
    const byRole = role ? standingOfRole(role) : null;
    if (byRole === "named-accountable") return byRole;
    if (byRole === "named-interested" || speaksAboutItself(analysis, other)) found = "named-interested";
  }
  return found;
}

function speaksAboutItself(analysis: ArticleAnalysis, attribution: Attribution): boolean {
  const kind = effectiveSourceKind(analysis, attribution);
  return (kind === "named-person" ? ABOUT_OUR_BODY : ABOUT_ITSELF).test(attribution.claim);
}

/** The four standings as options, the right one marked, each wrong one with feedback on its own mistake. */
export function standingOptions(right: SourceStanding, source: string | null): OptionDraft[] {
  const named = source ? quote(source) : "this";
  const mistakes: Readonly<Record<SourceStanding, string>> = {
    "named-accountable": source
      ? `No: ${named} is not an outsider to the story: it is one of the sides, or too vague to be held to its words.`
      : "No: the article names no one here.",
    "named-interested": source
      ? `No: ${named} is not a named side in the story.`
      : "No: no side in the story is named here.",
    vague: source
      ? `No: ${named} is specific enough to look up; vague sources are phrases like “reports” or “local sources”.`
      : "No: there is not even a vague source here; the article gives none.",
    none: source ? `No: the article does give a source, ${named}.` : "No: the article gives a source here.",
  };
  return (Object.keys(STANDING_TEXT) as SourceStanding[]).map((standing) => ({
    text: STANDING_TEXT[standing].label,
    correct: standing === right,
    feedback: standing === right ? `Right: ${STANDING_TEXT[right].why}.` : mistakes[standing],
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
