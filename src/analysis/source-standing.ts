import type { Attribution, SourceKind } from "./types";

/**
 * Where a claim's source stands, the one sourcing model every question uses (docs/sourcing-model.md):
 * - `named-accountable`: a person or body you could contact that is not a party to the events
 *   ("the Syrian Observatory for Human Rights", "a UN spokesperson", "Reuters");
 * - `named-interested`: named, but a party to the conflict, its ministries, forces or media
 *   ("the Russian Defense Ministry", "ISIS", "Zvezda TV", "General McKenzie" of US Central Command);
 * - `vague`: unnamed or vague ("reports", "sources", "local sources", "pro-militant sources", "activists",
 *   "them" with nobody named behind it): it never counts as saying who;
 * - `none`: no source at all: stated as fact, "reportedly", "it is expected".
 */
export type SourceStanding = "named-accountable" | "named-interested" | "vague" | "none";

export const SOURCE_STANDINGS: readonly SourceStanding[] = [
  "named-accountable",
  "named-interested",
  "vague",
  "none",
];

/** True only for a named source: a vague source never counts as saying who. */
export function saysWho(standing: SourceStanding): boolean {
  return standing === "named-accountable" || standing === "named-interested";
}

/**
 * Named bodies that watch or report on a conflict without fighting in it: monitors, the UN, aid and rights
 * groups, wire agencies. They can still be wrong or lean one way, but they are not a party. Checked first.
 */
const OUTSIDERS: readonly RegExp[] = [
  /\b(observatory|human rights|united nations|amnesty|red cross|red crescent|doctors without borders|médecins sans frontières|reuters|associated press|agence france-presse|bbc|unicef|unhcr|ocha)\b/i,
  /\b(UN|AFP|AP|MSF|ICRC|WHO)\b/,
];

/**
 * Names that make a source a party to the conflicts the articles cover: governments, their ministries,
 * armies and state media, armed groups and their outlets. A row per kind of party; add a name in one line.
 */
const PARTIES: readonly RegExp[] = [
  // governments, ministries, armed forces and their officers
  /\b(ministry|ministries|minister|government|army|armed forces|military|troops|command|general|officials?|spokesm[ae]n|spokesperson|president|kremlin|pentagon|white house|state department)\b/i,
  // sides in a civic or business story: elected members, campaigns, the company reporting on itself
  /\b(councill?ors?|mayor|the company|campaign(?:ers?)?|party leader|chief executive)\b/i,
  // states at war in the region, by name or by capital
  /\b(russia|russian|syria|syrian|turkey|turkish|iran|iranian|israel|israeli|united states|american|damascus|moscow|ankara|tehran|washington)\b/i,
  // armed groups
  /\b(isis|isil|islamic state|daesh|hayat tahrir al-sham|al-qaeda|al-nusra|national front for liberation|syrian democratic forces|hezbollah|free syrian army|rebels?|militants?|militias?|jihadists?)\b/i,
  // state or party media
  /\b(zvezda|tass|sputnik|ria novosti|anadolu|press tv|amaq|ebaa|state media|state tv|state television)\b/i,
  // abbreviations, matched in capitals only ("US", not "us")
  /\b(US|U\.S\.|HTS|NFL|SDF|YPG|PKK|FSA|SAA|RT|SANA)\b/,
];

/** Source phrases that name nobody even when the detector took them for a name. */
const VAGUE_SOURCE =
  /^(the\s+)?(reports?|sources?|local sources|activists|witnesses|observers|experts|analysts|media|media reports|some|many|others|people|residents|locals)$|^(pro|anti)-[\w-]+\s+(sources?|media|activists)$/i;

/** The standing of a source phrase of this kind; a pronoun stands for its referent, or for nobody named. */
export function standingOfSource(
  source: string,
  kind: SourceKind,
  resolvedSource: string | null,
): SourceStanding {
  if (kind === "pronoun") {
    if (!resolvedSource || resolvedSource === source) return "vague";
    return standingOfSource(resolvedSource, pronounReferentKind(resolvedSource), null);
  }
  if (kind === "vague" || kind === "partisan-unnamed") return "vague";
  const phrase = source.trim();
  if (VAGUE_SOURCE.test(phrase)) return "vague";
  if (OUTSIDERS.some((outsider) => outsider.test(phrase))) return "named-accountable";
  return PARTIES.some((party) => party.test(phrase)) ? "named-interested" : "named-accountable";
}

/** A pronoun's referent is named when it reads like a name, not like "sources" or "media outlets affiliated with …". */
function pronounReferentKind(referent: string): SourceKind {
  return /\b(sources|outlets|media|reports|activists)\b/i.test(referent)
    ? "partisan-unnamed"
    : "organisation";
}

/** The standing of the source an attribution gives. */
export function attributionStanding(
  attribution: Pick<Attribution, "source" | "sourceKind" | "resolvedSource">,
): SourceStanding {
  return standingOfSource(attribution.source, attribution.sourceKind, attribution.resolvedSource);
}
