import type { CueTone } from "../types";

/**
 * A verb (or phrase) that reports what someone says, thinks or shows.
 * - lemma: the dictionary form the tagger gives for every inflection ("said", "telling" → say, tell).
 * - tone: neutral "said"; distancing "claimed" casts doubt; presupposing "admitted" presents the claim
 *   as true; emotive "slammed" dramatises (after the AP Stylebook and the Reuters Handbook on words of
 *   attribution).
 * - forms: the inflections the character rules match ("said"); the tagger finds every form by lemma.
 * - plain: a plain speech verb (say, tell, add, write, ask), the core every reader expects found.
 * - inverts: may come before its source: "'…,' said X".
 * - ambiguous: its forms are more often nouns or other verbs ("claims", "reported"); needs a clear source.
 * - evidence: reports what a document or a count shows ("polls show"); its source must be such a thing.
 * - stance: tells what someone thinks, wants or expects ("Damascus expects that …"), how they judge
 *   something ("dismissed the report as noise", "likened the rules to …") or only what they spoke about
 *   ("spoke about her childhood"), not a claim they made: counted as an attribution (PolNeAR does), but
 *   never offered as a source handing over a claim.
 * - clause: counts only before a clause ("believes that …", "thinks he …"), not "think tank".
 * - irregular: forms that are not regular inflections of the lemma ("thought", "written"), so a
 *   sentence holding only them is still tagged.
 * - tagged: found only through the tagger (no character rule reads it).
 * - after: words that may follow it although they usually mean another sense ("wants to", "spoke to
 *   reporters", "agreed with"); without them a verb followed by to, by, of, with … is not a report.
 * - only: the verb counts only when one of these words follows it ("declined to", "spoke about",
 *   "rails against"): its other senses are common in news ("shares declined 3%", "spoke at a rally").
 * - person: its source must be a name or a personal pronoun ("Trump indicated that …"), because the verb
 *   is as often said of things ("the rise in attacks indicates that …").
 * - quoting: a verb of sound ("chanted", "yelled") counts only next to the words it reports: a quotation
 *   or a colon right after it, or its source right after a quotation ('"…," she yelled').
 * - objects: a light verb that reports only with one of these nouns as its object, a few words on
 *   ("issued a statement", "sent a letter to", "made the comments"; "as X put it").
 * - negative: the verb itself reports that nothing was said ("declined to comment", "refused to say"):
 *   the attribution is flagged negated, and the quiz does not ask about it.
 * - unless: words right after it that make it another verb ("called off", "backed out", "asks for").
 * - onlyForms: the only forms that report, the others being mostly nouns or adverbs ("backed", not "came
 *   back"; "rated", not "tax rates"); only they send a sentence to the tagger.
 * - near: a verb with a common physical sense counts only when one of these words follows it within a
 *   few words of its clause, showing the act was done in words or is a judgement ("attacked Lee for …",
 *   "attacked the plan as …", "attacked her in a speech"; "sees the vote as a test"), not "attacked
 *   the town", "saw the film".
 */
export interface ReportingVerb {
  lemma: string;
  tone: CueTone;
  forms: readonly string[];
  plain?: boolean;
  inverts?: boolean;
  ambiguous?: boolean;
  evidence?: boolean;
  stance?: boolean;
  clause?: boolean;
  irregular?: readonly string[];
  tagged?: boolean;
  after?: readonly string[];
  only?: readonly string[];
  objects?: readonly string[];
  person?: boolean;
  quoting?: boolean;
  negative?: boolean;
  unless?: readonly string[];
  onlyForms?: readonly string[];
  near?: readonly string[];
}

/** What a light verb must have for an object to report: "issued a statement", "made the comments". */
const SPEECH_ACTS = [
  "statement",
  "statements",
  "letter",
  "letters",
  "comment",
  "comments",
  "remark",
  "remarks",
  "speech",
  "announcement",
  "reference",
  "condemnation",
  "criticism",
  "appeal",
  "plea",
  "promise",
  "pledge",
  "claim",
  "claims",
  "accusation",
  "tweet",
  "tweets",
  "ad",
  "advertisement",
  "paper",
  "proposal",
];

/** Words that show an attack was made in words: a reason, a label, a quotation, a speech act. */
const VERBAL_ATTACK = [
  "for",
  "as",
  "over",
  "“",
  '"',
  "saying",
  "tweet",
  "tweets",
  "speech",
  "debate",
  "interview",
  "ad",
  "statement",
  "remarks",
  "comments",
];

/** What an offer must be to report: "offered no proof", "offered some advice", not "offered a discount". */
const OFFERED = [
  "proof",
  "evidence",
  "advice",
  "insight",
  "insights",
  "explanation",
  "details",
  "praise",
  "criticism",
  "condolences",
  "apology",
  "assurance",
  "assurances",
  "thoughts",
  "views",
  "assessment",
  "assessments",
  "opinion",
  "defense",
  "defence",
  "rebuttal",
];

/** What is unveiled to report: a plan or a proposal, not a statue. */
const UNVEILED = [...SPEECH_ACTS, "plan", "plans", "list", "agenda", "platform", "policy", "strategy"];

/** What is unleashed in words: "unleashed a flurry of tweets", "a tirade", not "a wave of strikes". */
const UNLEASHED = ["tweet", "tweets", "tirade", "rant", "broadside", "flurry", "torrent"];

/** One line per verb. Add a verb here; the README of this folder says how. */
export const REPORTING_VERB_LEXICON: readonly ReportingVerb[] = [
  { lemma: "say", tone: "neutral", forms: ["say", "says", "said"], plain: true, inverts: true },
  { lemma: "tell", tone: "neutral", forms: ["told", "tells"], plain: true },
  { lemma: "add", tone: "neutral", forms: ["added", "adds"], plain: true, inverts: true },
  {
    lemma: "write",
    tone: "neutral",
    forms: ["wrote", "writes"],
    plain: true,
    inverts: true,
    irregular: ["written"],
  },
  // "asks for 30 per cent" is a request, not a report.
  { lemma: "ask", tone: "neutral", forms: [], plain: true, inverts: true, tagged: true, unless: ["for"] },
  { lemma: "state", tone: "neutral", forms: ["stated"] },
  { lemma: "report", tone: "neutral", forms: ["reported"], ambiguous: true },
  { lemma: "announce", tone: "neutral", forms: ["announced", "announces"] },
  { lemma: "note", tone: "neutral", forms: ["noted"] },
  { lemma: "explain", tone: "neutral", forms: ["explained"], inverts: true },
  { lemma: "estimate", tone: "neutral", forms: ["estimated"] },
  { lemma: "warn", tone: "neutral", forms: ["warned", "warns"], inverts: true },
  { lemma: "deny", tone: "neutral", forms: ["denied", "denies"] },
  { lemma: "accuse", tone: "neutral", forms: ["accused", "accuses", "accuse"] },
  { lemma: "link", tone: "neutral", forms: ["link", "linked"], ambiguous: true },
  { lemma: "describe", tone: "neutral", forms: ["described"], ambiguous: true },
  // "called for" and "called on" still report a demand; "called off", "called up" do not report.
  { lemma: "call", tone: "neutral", forms: ["called"], unless: ["off", "up", "in", "out", "back", "into"] },
  { lemma: "complain", tone: "neutral", forms: ["complained"] },
  { lemma: "suggest", tone: "neutral", forms: ["suggest", "suggests", "suggested"], ambiguous: true },
  { lemma: "quote", tone: "neutral", forms: ["quoted"] },
  { lemma: "cite", tone: "neutral", forms: ["citing"] },
  { lemma: "reply", tone: "neutral", forms: [], inverts: true, tagged: true },
  { lemma: "recall", tone: "neutral", forms: [], tagged: true },
  { lemma: "predict", tone: "neutral", forms: [], tagged: true },
  { lemma: "believe", tone: "neutral", forms: [], clause: true, tagged: true, stance: true },
  {
    lemma: "think",
    tone: "neutral",
    forms: [],
    clause: true,
    irregular: ["thought"],
    tagged: true,
    stance: true,
  },
  { lemma: "agree", tone: "neutral", forms: [], tagged: true, after: ["to", "with"] },
  { lemma: "tweet", tone: "neutral", forms: [], tagged: true },
  { lemma: "testify", tone: "neutral", forms: [], tagged: true },
  { lemma: "assert", tone: "distancing", forms: ["asserted"] },
  { lemma: "claim", tone: "distancing", forms: ["claimed"] },
  // "claim" and "claims" are usually nouns ("these claims"): a second line marks only them ambiguous.
  { lemma: "claim", tone: "distancing", forms: ["claim", "claims"], ambiguous: true },
  { lemma: "allege", tone: "distancing", forms: ["alleged", "alleges", "allege"] },
  { lemma: "insist", tone: "distancing", forms: ["insisted", "insists"], inverts: true },
  { lemma: "maintain", tone: "distancing", forms: ["maintained"] },
  { lemma: "speculate", tone: "distancing", forms: ["speculate", "speculated", "speculates"] },
  { lemma: "purport", tone: "distancing", forms: ["purported"] },
  { lemma: "argue", tone: "distancing", forms: ["argue", "argued", "argues"] },
  { lemma: "contend", tone: "distancing", forms: [], tagged: true },
  { lemma: "reveal", tone: "presupposing", forms: ["revealed", "reveals"] },
  { lemma: "admit", tone: "presupposing", forms: ["admitted", "admits"] },
  { lemma: "acknowledge", tone: "presupposing", forms: ["acknowledged"] },
  { lemma: "concede", tone: "presupposing", forms: ["conceded"] },
  { lemma: "confirm", tone: "presupposing", forms: ["confirmed", "confirms"] },
  { lemma: "disclose", tone: "presupposing", forms: ["disclosed"] },
  { lemma: "expose", tone: "presupposing", forms: ["exposed"] },
  { lemma: "slam", tone: "emotive", forms: ["slammed", "slams"] },
  { lemma: "blast", tone: "emotive", forms: ["blasted", "blasts"] },
  { lemma: "brag", tone: "emotive", forms: ["bragged"] },
  { lemma: "boast", tone: "emotive", forms: ["boasted"] },
  { lemma: "fume", tone: "emotive", forms: ["fumed"] },
  { lemma: "rage", tone: "emotive", forms: ["raged"] },
  { lemma: "rant", tone: "emotive", forms: ["ranted"] },
  { lemma: "lash out", tone: "emotive", forms: ["lashed out"] },
  { lemma: "hit out", tone: "emotive", forms: ["hit out"] },
  // Found by the tagger only (every form by lemma): speech, stance and intention, as PolNeAR counts them.
  { lemma: "mention", tone: "neutral", forms: [], tagged: true },
  { lemma: "respond", tone: "neutral", forms: [], tagged: true, after: ["to"] },
  { lemma: "comment", tone: "neutral", forms: [], tagged: true },
  { lemma: "discuss", tone: "neutral", forms: [], tagged: true },
  { lemma: "declare", tone: "neutral", forms: [], tagged: true },
  { lemma: "express", tone: "neutral", forms: [], tagged: true },
  { lemma: "emphasize", tone: "neutral", forms: [], tagged: true },
  { lemma: "emphasise", tone: "neutral", forms: [], tagged: true },
  { lemma: "stress", tone: "neutral", forms: [], tagged: true },
  { lemma: "highlight", tone: "neutral", forms: [], tagged: true },
  { lemma: "repeat", tone: "neutral", forms: [], tagged: true },
  { lemma: "conclude", tone: "neutral", forms: [], tagged: true },
  { lemma: "observe", tone: "neutral", forms: [], tagged: true },
  { lemma: "clarify", tone: "neutral", forms: [], tagged: true },
  { lemma: "outline", tone: "neutral", forms: [], tagged: true },
  { lemma: "recommend", tone: "neutral", forms: [], tagged: true },
  { lemma: "question", tone: "neutral", forms: [], tagged: true },
  { lemma: "point", tone: "neutral", forms: [], tagged: true, clause: true, after: ["to", "out"] },
  { lemma: "proclaim", tone: "neutral", forms: [], tagged: true },
  { lemma: "urge", tone: "neutral", forms: [], tagged: true },
  { lemma: "demand", tone: "neutral", forms: [], tagged: true },
  { lemma: "encourage", tone: "neutral", forms: [], tagged: true },
  { lemma: "endorse", tone: "neutral", forms: [], tagged: true },
  { lemma: "support", tone: "neutral", forms: [], tagged: true },
  { lemma: "oppose", tone: "neutral", forms: [], tagged: true },
  { lemma: "reject", tone: "neutral", forms: [], tagged: true },
  { lemma: "defend", tone: "neutral", forms: [], tagged: true },
  { lemma: "criticize", tone: "neutral", forms: [], tagged: true },
  { lemma: "criticise", tone: "neutral", forms: [], tagged: true },
  { lemma: "condemn", tone: "neutral", forms: [], tagged: true },
  { lemma: "denounce", tone: "neutral", forms: [], tagged: true },
  { lemma: "praise", tone: "neutral", forms: [], tagged: true },
  { lemma: "blame", tone: "neutral", forms: [], tagged: true },
  { lemma: "want", tone: "neutral", forms: [], tagged: true, after: ["to"], stance: true },
  { lemma: "expect", tone: "neutral", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "intend", tone: "neutral", forms: [], tagged: true, after: ["to"], stance: true },
  { lemma: "vow", tone: "neutral", forms: [], tagged: true, after: ["to"] },
  { lemma: "pledge", tone: "neutral", forms: [], tagged: true, after: ["to"] },
  { lemma: "promise", tone: "neutral", forms: [], tagged: true, after: ["to"] },
  {
    lemma: "decide",
    tone: "neutral",
    forms: [],
    tagged: true,
    clause: true,
    after: ["to", "against"],
    stance: true,
  },
  {
    lemma: "know",
    tone: "presupposing",
    forms: [],
    tagged: true,
    clause: true,
    irregular: ["knew"],
    stance: true,
  },
  {
    lemma: "understand",
    tone: "neutral",
    forms: [],
    tagged: true,
    clause: true,
    irregular: ["understood"],
    stance: true,
  },
  {
    lemma: "feel",
    tone: "neutral",
    forms: [],
    tagged: true,
    clause: true,
    irregular: ["felt"],
    stance: true,
  },
  { lemma: "fear", tone: "neutral", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "worry", tone: "neutral", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "assume", tone: "neutral", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "suspect", tone: "neutral", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "doubt", tone: "neutral", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "wonder", tone: "neutral", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "realize", tone: "presupposing", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "recognize", tone: "presupposing", forms: [], tagged: true, clause: true, stance: true },
  { lemma: "tout", tone: "emotive", forms: [], tagged: true },
  { lemma: "mock", tone: "emotive", forms: [], tagged: true },
  { lemma: "deride", tone: "emotive", forms: [], tagged: true },
  { lemma: "lambaste", tone: "emotive", forms: [], tagged: true },
  { lemma: "lambast", tone: "emotive", forms: [], tagged: true },
  { lemma: "downplay", tone: "distancing", forms: [], tagged: true },
  // Light verbs with a speech act for an object: "issued a statement", "sent a letter", "as X put it".
  { lemma: "issue", tone: "neutral", forms: [], tagged: true, stance: true, objects: SPEECH_ACTS },
  { lemma: "release", tone: "neutral", forms: [], tagged: true, stance: true, objects: SPEECH_ACTS },
  {
    lemma: "send",
    tone: "neutral",
    forms: [],
    tagged: true,
    stance: true,
    objects: SPEECH_ACTS,
    irregular: ["sent"],
  },
  { lemma: "publish", tone: "neutral", forms: [], tagged: true, stance: true, objects: SPEECH_ACTS },
  { lemma: "deliver", tone: "neutral", forms: [], tagged: true, stance: true, objects: SPEECH_ACTS },
  {
    lemma: "make",
    tone: "neutral",
    forms: [],
    tagged: true,
    stance: true,
    objects: [...SPEECH_ACTS, "case", "clear"],
    irregular: ["made"],
  },
  { lemma: "put", tone: "neutral", forms: [], tagged: true, stance: true, objects: ["it"] },
  // Refusals: still an attribution (who keeps silent), flagged negated so the quiz leaves them out.
  { lemma: "decline", tone: "neutral", forms: [], tagged: true, only: ["to"], negative: true },
  { lemma: "refuse", tone: "neutral", forms: [], tagged: true, only: ["to"], negative: true },
  // Intentions and proposals, only before "to" where the verb has another common sense.
  { lemma: "plan", tone: "neutral", forms: [], tagged: true, only: ["to"], stance: true },
  { lemma: "threaten", tone: "neutral", forms: [], tagged: true, only: ["to"], stance: true },
  { lemma: "hope", tone: "neutral", forms: [], tagged: true, clause: true, after: ["to"], stance: true },
  {
    lemma: "seek",
    tone: "neutral",
    forms: [],
    tagged: true,
    only: ["to"],
    stance: true,
    irregular: ["sought"],
  },
  { lemma: "propose", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "advocate", tone: "neutral", forms: [], tagged: true, after: ["for"], stance: true },
  // Speech with its topic: "spoke about", "talked of", "referred to", "rails against", "continued: '…'".
  {
    lemma: "speak",
    tone: "neutral",
    forms: [],
    tagged: true,
    only: ["about", "of", "out"],
    irregular: ["spoke", "spoken"],
    stance: true,
  },
  { lemma: "talk", tone: "neutral", forms: [], tagged: true, only: ["about", "of"], stance: true },
  { lemma: "refer", tone: "neutral", forms: [], tagged: true, only: ["to"], stance: true },
  { lemma: "rail", tone: "emotive", forms: [], tagged: true, only: ["against", "at"], stance: true },
  { lemma: "continue", tone: "neutral", forms: [], tagged: true, quoting: true },
  { lemma: "charge", tone: "distancing", forms: [], tagged: true, only: ["that"] },
  { lemma: "echo", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "reiterate", tone: "neutral", forms: [], tagged: true },
  { lemma: "indicate", tone: "neutral", forms: [], tagged: true, clause: true, person: true },
  { lemma: "acknowledge", tone: "presupposing", forms: [], tagged: true },
  {
    lemma: "learn",
    tone: "neutral",
    forms: [],
    tagged: true,
    clause: true,
    irregular: ["learnt"],
    stance: true,
  },
  { lemma: "compare", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "liken", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "chant", tone: "neutral", forms: [], tagged: true, quoting: true },
  { lemma: "shout", tone: "emotive", forms: [], tagged: true, quoting: true },
  { lemma: "yell", tone: "emotive", forms: [], tagged: true, quoting: true },
  { lemma: "scream", tone: "emotive", forms: [], tagged: true, quoting: true },
  // "“…,” the letter reads": a text reads what is quoted beside it.
  { lemma: "read", tone: "neutral", forms: [], tagged: true, quoting: true },
  {
    lemma: "sing",
    tone: "neutral",
    forms: [],
    tagged: true,
    quoting: true,
    after: ["to"],
    irregular: ["sang", "sung"],
  },
  { lemma: "joke", tone: "neutral", forms: [], tagged: true },
  { lemma: "quip", tone: "neutral", forms: [], tagged: true },
  { lemma: "bemoan", tone: "emotive", forms: [], tagged: true, stance: true },
  { lemma: "lament", tone: "emotive", forms: [], tagged: true, stance: true },
  { lemma: "chastise", tone: "emotive", forms: [], tagged: true, stance: true },
  { lemma: "scold", tone: "emotive", forms: [], tagged: true, stance: true },
  { lemma: "laud", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "hail", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "applaud", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "dismiss", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "dispute", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "retort", tone: "neutral", forms: [], tagged: true },
  { lemma: "assure", tone: "neutral", forms: [], tagged: true },
  { lemma: "remind", tone: "neutral", forms: [], tagged: true },
  { lemma: "confess", tone: "presupposing", forms: [], tagged: true },
  { lemma: "swear", tone: "neutral", forms: [], tagged: true, irregular: ["swore", "sworn"] },
  { lemma: "characterize", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "portray", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "dub", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "brand", tone: "emotive", forms: [], tagged: true, stance: true, near: ["as", "a", "an"] },
  { lemma: "reference", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "articulate", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "detail", tone: "neutral", forms: [], tagged: true },
  { lemma: "show", tone: "neutral", forms: [], tagged: true, evidence: true, irregular: ["shown"] },
  { lemma: "find", tone: "neutral", forms: [], tagged: true, evidence: true, irregular: ["found"] },
  // Acts that take a side, as PolNeAR counts them: a ruling, backing, a judgement of someone.
  // Verbs with a physical sense count only in words ("attacked Lee for …", not "attacked the town").
  { lemma: "attack", tone: "neutral", forms: [], tagged: true, stance: true, near: VERBAL_ATTACK },
  {
    lemma: "back",
    tone: "neutral",
    forms: [],
    tagged: true,
    stance: true,
    onlyForms: ["backed", "backing"],
    unless: ["out", "away", "down", "into", "up"],
  },
  {
    lemma: "rule",
    tone: "neutral",
    forms: [],
    tagged: true,
    stance: true,
    onlyForms: ["ruled", "ruling"],
    only: ["that", "against", "out", "on", "in", "for"],
  },
  { lemma: "rate", tone: "neutral", forms: [], tagged: true, stance: true, onlyForms: ["rated"] },
  { lemma: "weigh", tone: "neutral", forms: [], tagged: true, stance: true, only: ["in"] },
  { lemma: "impose", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "promote", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "champion", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "protest", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "admire", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "despise", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "resent", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "detest", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "prefer", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "vote", tone: "neutral", forms: [], tagged: true, stance: true, after: ["to", "for"] },
  {
    lemma: "raise",
    tone: "neutral",
    forms: [],
    tagged: true,
    stance: true,
    objects: ["questions", "concerns", "doubts", "objections"],
  },
  {
    lemma: "see",
    tone: "neutral",
    forms: [],
    tagged: true,
    stance: true,
    near: ["as"],
    irregular: ["saw", "seen"],
  },
  { lemma: "view", tone: "neutral", forms: [], tagged: true, stance: true, near: ["as"] },
  { lemma: "regard", tone: "neutral", forms: [], tagged: true, stance: true, near: ["as"] },
  { lemma: "paint", tone: "neutral", forms: [], tagged: true, stance: true, near: ["as"] },
  { lemma: "cast", tone: "neutral", forms: [], tagged: true, stance: true, near: ["as"] },
  { lemma: "pitch", tone: "neutral", forms: [], tagged: true, stance: true },
  {
    lemma: "lay",
    tone: "neutral",
    forms: [],
    tagged: true,
    stance: true,
    only: ["out"],
    irregular: ["laid"],
  },
  { lemma: "offer", tone: "neutral", forms: [], tagged: true, stance: true, objects: OFFERED },
  { lemma: "unveil", tone: "neutral", forms: [], tagged: true, stance: true, objects: UNVEILED },
  { lemma: "unleash", tone: "emotive", forms: [], tagged: true, stance: true, objects: UNLEASHED },
  // Speech acts.
  { lemma: "caution", tone: "neutral", forms: [], tagged: true },
  { lemma: "exhort", tone: "neutral", forms: [], tagged: true },
  { lemma: "implore", tone: "neutral", forms: [], tagged: true },
  { lemma: "plead", tone: "neutral", forms: [], tagged: true, irregular: ["pled"] },
  { lemma: "thank", tone: "neutral", forms: [], tagged: true },
  { lemma: "compliment", tone: "neutral", forms: [], tagged: true },
  { lemma: "recite", tone: "neutral", forms: [], tagged: true },
  { lemma: "specify", tone: "neutral", forms: [], tagged: true },
  { lemma: "underscore", tone: "neutral", forms: [], tagged: true },
  { lemma: "invoke", tone: "neutral", forms: [], tagged: true, stance: true },
  { lemma: "pepper", tone: "emotive", forms: [], tagged: true, stance: true },
  { lemma: "put the figure at", tone: "neutral", forms: ["put the figure at"] },
  { lemma: "put the number at", tone: "neutral", forms: ["put the number at"] },
  { lemma: "put the toll at", tone: "neutral", forms: ["put the toll at"] },
  { lemma: "put the death toll at", tone: "neutral", forms: ["put the death toll at"] },
];

/** Participles that report for the subject of the clause before their comma: "…, saying …", "…, citing X". */
export const REPORTING_PARTICIPLES: Readonly<Record<string, CueTone>> = {
  saying: "neutral",
  citing: "neutral",
};

/** Things that can show or find something: "polls show", "the study found", "records indicate". */
export const EVIDENCE_NOUNS = new Set(
  "poll polls survey surveys study studies data figure figures record records document documents report reports analysis research email emails memo memos video videos footage recording recordings transcript transcripts tape tapes photo photos image images slide slides chart charts average averages estimate estimates projection projections forecast forecasts audit investigation review filing filings statistic statistics numbers census tally".split(
    " ",
  ),
);

/** An adjective of belief or feeling, a stance, counting only before one of `after` or a clause. */
const stanceAdjective = (lemma: string, after: readonly string[]): ReportingVerb => ({
  lemma,
  tone: "neutral",
  forms: [],
  tagged: true,
  stance: true,
  after,
});

/**
 * Adjectives of belief and feeling after a form of "be": "was sure that …", "are afraid that …", "is
 * critical of …", "were willing to …". Stances, as PolNeAR counts them; one line of words per frame.
 */
export const STANCE_ADJECTIVES: readonly ReportingVerb[] = [
  ...[
    "sure",
    "certain",
    "confident",
    "convinced",
    "unsure",
    "adamant",
    "hopeful",
    "optimistic",
    "pessimistic",
  ].map((word) => stanceAdjective(word, ["that", "about", "whether"])),
  ...[
    "afraid",
    "worried",
    "concerned",
    "frustrated",
    "fearful",
    "angry",
    "upset",
    "furious",
    "disappointed",
    "dismayed",
    "outraged",
    "skeptical",
    "sceptical",
    "wary",
    "uneasy",
  ].map((word) => stanceAdjective(word, ["that", "about", "over"])),
  ...[
    "critical",
    "supportive",
    "dismissive",
    "scornful",
    "coy",
    "vague",
    "passionate",
    "bullish",
    "bearish",
  ].map((word) => stanceAdjective(word, ["of", "about", "on"])),
  ...["willing", "eager", "keen", "determined", "reluctant", "unwilling", "opposed"].map((word) =>
    stanceAdjective(word, ["to"]),
  ),
];
