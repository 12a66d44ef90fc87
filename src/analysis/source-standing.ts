import { endAnchored } from "./end-anchored";
import type { Attribution, Sentence, SourceKind } from "./types";

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
  /\b(ministry|ministries|minister|government|army|armed forces|military|troops|command|general(?!\s+(?:hospital|practitioners?|public|election|assembly|manager|store))|officials?|spokesm[ae]n|spokesperson|president|kremlin|pentagon|white house|state department)\b/i,
  // sides in a civic or business story: elected members, the committee that decides, campaigns, the company
  /\b(councill?ors?|council|committee|mayor|the company|campaign(?:ers?)?|party leader|chief executive)\b/i,
  // bodies that speak for an interest: unions, trade federations and associations, lobbies
  /\b(union|federation|association|lobby|chamber of commerce|trade body)\b/i,
  // states at war in the region, by name or by capital
  /\b(russia|russian|syria|syrian|turkey|turkish|iran|iranian|israel|israeli|united states|american|damascus|moscow|ankara|tehran|washington)\b/i,
  // armed groups
  /\b(isis|isil|islamic state|daesh|hayat tahrir al-sham|al-qaeda|al-nusra|national front for liberation|syrian democratic forces|hezbollah|free syrian army|rebels?|militants?|militias?|jihadists?)\b/i,
  // state or party media
  /\b(zvezda|tass|sputnik|ria novosti|anadolu|press tv|amaq|ebaa|state media|state tv|state television)\b/i,
  // abbreviations, matched in capitals only ("US", not "us")
  /\b(US|U\.S\.|HTS|NFL|SDF|YPG|PKK|FSA|SAA|RT|SANA)\b/,
];

/** A report, study or figures credited to a named body: "a report by the charity Screen Aware". */
const NAMED_REPORT =
  /^(?:an?|the)?\s*(?:new\s+)?(?:report|study|survey|figures|data|analysis|statement)s?\s+(?:published\s+)?(?:by|from)\s+((?:the\s+)?(?:[a-z-]+\s+){0,3}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$/;

/** Source phrases that name nobody even when the detector took them for a name. */
const VAGUE_SOURCE =
  /^(the\s+)?(reports?|sources?|local sources|activists|witnesses|observers|experts|analysts|media|media reports|some|many|several|few|others|people|residents|locals|critics|supporters|opponents)$|^(pro|anti)-[\w-]+\s+(sources?|media|activists)$/i;

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
  const phrase = source.trim();
  // "a report by the charity Screen Aware" names its author, whatever the detector called it.
  const namedAuthor = NAMED_REPORT.exec(phrase)?.[1];
  if (namedAuthor) return standingOfSource(namedAuthor, "organisation", null);
  if (kind === "vague" || kind === "partisan-unnamed") return "vague";
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

/**
 * Roles that make a person the voice of the body they belong to, whoever that body is: "a spokesperson for
 * the union", "its founder", "the firm's managing director", "who chairs the committee".
 */
const SPEAKS_FOR =
  /\b(spokes(?:person|man|men|woman|women|people)|(?:co-)?founders?|owners?|managing director|chief executive|chief operating officer|chair(?:man|woman|person)?|chairs)\b/i;

/** True when a role makes a person the voice of a body: "a spokesperson for the union", "its founder". */
export function speaksForRole(role: string): boolean {
  return SPEAKS_FOR.test(role) || /^(?:its|their)\s/i.test(role) || /^[^,]+['’]s\s/.test(role);
}

/**
 * The standing a role gives the named person it introduces, or null when the role says nothing about sides
 * ("a researcher at Elden University"). A role with an outsider in it is accountable ("a UN spokesperson");
 * a role in a party, or one that speaks for a body, is a side ("the President's spokesperson", "its founder").
 */
export function standingOfRole(role: string): SourceStanding | null {
  if (OUTSIDERS.some((outsider) => outsider.test(role))) return "named-accountable";
  if (SPEAKS_FOR.test(role) || PARTIES.some((party) => party.test(role))) return "named-interested";
  if (HEADS_THE_PLACE.test(role.trim()) || RESIDENT.test(role)) return "named-interested";
  if (RUNS_THE_BUSINESS.test(role.trim())) return "named-interested";
  return null;
}

/**
 * "…after crews voted to accept a pay offer, the operator, Northsound Ferries, said": a bare "the operator"
 * (company, firm, developer, employer, landlord) is the business the story is about, a party to it.
 */
const RUNS_THE_BUSINESS =
  /^(?:the|its|their)\s+(?:(?:ferry|bus|rail|train|water|energy|port)\s+)?(?:operator|company|firm|developer|employer|landlord|owner|airline|retailer|chain|contractor|builder|manufacturer|supplier|insurer)$/i;

/**
 * "At Hill Road Primary, …, the head, Ian Moss, said": a bare "the head" (or principal, director) heads the
 * place the sentence is about, and speaks for its record. "Head of research at Elden University" names
 * another body, so it says nothing here.
 */
const HEADS_THE_PLACE =
  /^(?:the|its|their)\s+(?:head|head ?teacher|headmistress|headmaster|principal|director|leader|boss|manager)$/i;

/**
 * "Jean Okoro, who has lived on Mill Lane for thirty years": a resident speaks about what happens where they
 * live, so they have a stake in it.
 */
const RESIDENT =
  /\b(?:who\s+(?:has\s+|have\s+)?(?:lived|lives|live)\s+(?:on|in|near|beside|by)|residents?\s+of|who\s+owns?\s+a\s+(?:home|house|flat|shop))\b/i;

/** An appositive just before a name: "The President's spokesperson, " before "Anton Veselin". */
const ROLE_BEFORE = endAnchored(/(?:^|[.;:!?"“”]\s*|\b(?:and|but)\s+)([^,.;:!?"“”]{3,100}),\s*$/);
/** A definite role after an opening clause: "At St Aldhelm's, where …, the head, " before "Ruth Castellano". */
const DEFINITE_ROLE_BEFORE = endAnchored(/,\s*((?:the|its|their)\s+[^,.;:!?"“”]{2,60}),\s*$/i);
/** An appositive or relative clause just after a name, before its cue: ", a dietitian at Elden General Hospital, said". */
const ROLE_AFTER = /^\s*,\s*([^,;:!?"“”]{3,140}),\s*$/;

/**
 * The words that introduce a named source in its sentence ("Its founder", "a spokesperson for the union"),
 * before the name or between the name and its cue, or null when the sentence gives none.
 */
export function roleAround(
  attribution: Pick<Attribution, "sourceKind" | "sourceSpan" | "cueSpan">,
  sentence: Pick<Sentence, "start" | "text">,
): string | null {
  if (attribution.sourceKind === "pronoun") return null;
  const from = attribution.sourceSpan.start - sentence.start;
  const lead = sentence.text.slice(Math.max(0, from - 100), Math.max(0, from));
  const before = ROLE_BEFORE.exec(lead)?.[1] ?? DEFINITE_ROLE_BEFORE.exec(lead)?.[1];
  if (before) return before.trim();
  const to = attribution.sourceSpan.end - sentence.start;
  const cue = attribution.cueSpan.start - sentence.start;
  if (cue <= to) return null;
  return ROLE_AFTER.exec(sentence.text.slice(to, cue))?.[1]?.trim() ?? null;
}
