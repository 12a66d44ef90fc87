import { REPORTING_PARTICIPLES, REPORTING_VERB_LEXICON, STANCE_ADJECTIVES } from "./lexicon/reporting-verbs";
import type { Attribution, CueTone, SourceKind } from "./types";

/**
 * Each form the character rules read, with its tone: the forms of the reporting-verb lexicon
 * (lexicon/reporting-verbs.ts) and the reporting participles.
 */
export const REPORTING_VERBS: Readonly<Record<string, CueTone>> = Object.fromEntries([
  ...REPORTING_VERB_LEXICON.flatMap((verb) => verb.forms.map((form) => [form, verb.tone] as const)),
  ...Object.entries(REPORTING_PARTICIPLES),
]);

/** The words after a form that make it another verb ("called off", "called into"), by form. */
export const OTHER_SENSE_AFTER_FORM: ReadonlyMap<string, readonly string[]> = new Map(
  REPORTING_VERB_LEXICON.filter((verb) => verb.unless).flatMap((verb) =>
    verb.forms.map((form) => [form, verb.unless ?? []] as const),
  ),
);

/** Forms that are far more often nouns or adjectives than reporting verbs; they need a clear source. */
export const AMBIGUOUS_VERB_FORMS = new Set(
  REPORTING_VERB_LEXICON.filter((verb) => verb.ambiguous).flatMap((verb) => verb.forms),
);

/**
 * A stance verb's stem, so one pattern reads every form: "decid" for decided, "worr" for worried,
 * "reali[sz]" for realised; "see" and "lay" keep their last letter ("se" would read "sent", "la" "lashed out").
 */
const stemOf = (lemma: string) => lemma.replace(/(?<![ea])[ey]$/, "").replace(/iz$/, "i[sz]");

const STANCE_CUE = new RegExp(
  `^(?:${REPORTING_VERB_LEXICON.filter((verb) => verb.stance)
    .flatMap((verb) => [stemOf(verb.lemma), ...(verb.irregular ?? [])])
    // Adjectives of stance ("sure", "afraid") and "in" before a poll report no words either.
    .concat(
      STANCE_ADJECTIVES.map((adjective) => `${adjective.lemma}$`),
      ["in$"],
    )
    .join("|")})`,
  "i",
);

/** True when the attribution reports what a source said or showed, not only what it thinks or wants. */
export function reportsSpeech(attribution: Pick<Attribution, "cue">): boolean {
  return !STANCE_CUE.test(attribution.cue.trim());
}

export const PRONOUN_SOURCES = new Set(["he", "she", "they", "them", "it", "we", "i"]);

/** Head nouns of unnamed sources. */
const UNNAMED_SOURCE_NOUNS =
  "sources?|reports?|activists?|officials?|observers?|witnesses|residents|diplomats?|analysts?|experts?|insiders?|media|outlets?|accounts?|bloggers?|commentators?|people|locals|critics|supporters|opponents|lawmakers|protesters|medics|doctors|rescuers|investigators|prosecutors|researchers|scientists|others|some|several|many|most|few";

/** Labels that put an unnamed source on a side: pro-militant, HTS-affiliated, opposition … */
const SIDE_LABEL =
  "pro-[\\w-]+|anti-[\\w-]+|[\\w-]+-(?:affiliated|backed|linked|controlled|aligned)|opposition|government|militant|rebel|regime|separatist|jihadi|partisan";

/** A nationality names a side for unnamed sources and media ("Turkish sources"), not for officials. */
const NATIONALITY =
  "western|russian|turkish|syrian|kurdish|ukrainian|israeli|palestinian|iranian|american|us|chinese|state|british|french|german|polish|serbian|georgian|armenian|azerbaijani|belarusian|iraqi|lebanese|libyan|egyptian|saudi|emirati|qatari|pakistani|indian";
const SIDED_SOURCE_NOUNS =
  "sources?|media|outlets?|accounts?|activists?|bloggers?|channels?|propagandists?|correspondents?|commentators?|pundits?";

/** Ordered rules: the first whose pattern matches the source's words gives its kind. */
export const SOURCE_KIND_RULES: readonly { kind: SourceKind; pattern: RegExp }[] = [
  { kind: "pronoun", pattern: /^(he|she|they|them|it|we|i|his|her|their)$/i },
  { kind: "partisan-unnamed", pattern: /\baffiliated with\b/i },
  {
    kind: "partisan-unnamed",
    pattern: new RegExp(
      `^(?:the\\s+)?(?:${SIDE_LABEL})(?:\\s+[\\w-]+)?\\s+(?:${UNNAMED_SOURCE_NOUNS})$`,
      "i",
    ),
  },
  {
    kind: "partisan-unnamed",
    pattern: new RegExp(`^(?:the\\s+)?(?:${NATIONALITY})(?:\\s+[\\w-]+)?\\s+(?:${SIDED_SOURCE_NOUNS})$`, "i"),
  },
  {
    kind: "named-person",
    pattern:
      /\b(?:General|Gen\.|President|Prime Minister|Minister|spokes(?:man|woman|person)|chief|commander|Colonel|Col\.|Major|Captain|Senator|Sen\.|Ambassador|Secretary|Mayor|Governor|Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.)\s+(?:[A-Z][\w'-]+\s*){1,3}$/,
  },
  {
    kind: "media-outlet",
    pattern:
      /\b(TV|television|news|agency|press|times|post|gazette|herald|journal|radio|Reuters|AFP|AP|SANA|TASS|RIA|Sputnik|Interfax|Anadolu|Jazeera|Arabiya|BBC|CNN|channel|newspaper|broadcaster|outlet|outlets|daily|magazine|website|Xinhua|Tribune)\b/i,
  },
  {
    kind: "vague",
    pattern: new RegExp(
      `^(?:the\\s+|some\\s+|many\\s+|several\\s+|two\\s+|three\\s+|a few\\s+|other\\s+|earlier\\s+|local\\s+|unnamed\\s+|anonymous\\s+|informed\\s+|[\\w.'’-]+\\s+)*(?:${UNNAMED_SOURCE_NOUNS})\\b`,
      "i",
    ),
  },
  {
    kind: "organisation",
    pattern:
      /\b(ministry|ministries|forces?|army|navy|military|command|observatory|council|committee|government|office|department|organi[sz]ation|union|party|front|group|coalition|police|authority|authorities|commission|agency|company|firm|insurer|lender|retailer|regulator|operator|carrier|airline|manufacturer|supplier|employer|landlord|institute|university|court|parliament|congress|senate|kremlin|pentagon|white house|monitor|nations|bank|fund|cross|crescent|watch|amnesty|network|cent(?:re|er)|foundation|association|federation|league|board|service|club|team|hospital|school|council|municipality|city|state|republic|governor|mayor|minister|president|spokes(?:man|woman|person)|commander|prosecutor|judge|officer|charity|trust|society|data|analytics|research|holdings|homes|partners|industries|insights|consultancy)\b/i,
  },
  { kind: "organisation", pattern: /\b[A-Z]{2,}\b/ },
  /** A body named through a place or organisation that owns it: "Norway's coast guard". */
  { kind: "organisation", pattern: /^[A-Z][\w-]*['’]s(?:\s+[a-z][\w-]*){1,3}$/ },
  { kind: "organisation", pattern: /^[Tt]he\s+[A-Z]/ },
  {
    kind: "named-person",
    pattern:
      /\b[A-Z][a-z]+(?:[\s-]+(?:al-|el-|bin |ibn |van |von |de )?[A-Z][a-z]+)+\b|^(?:Mr|Mrs|Ms|Dr|Gen)\.? [A-Z]/,
  },
  {
    kind: "organisation",
    pattern: /^(?:the\s+)?(?:(?:al|el|bin|ibn|van|von|de)[-\s])?[A-Z][\w-]*(?:['’][A-Z][\w-]*)?$/,
  },
];
