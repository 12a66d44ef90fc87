import {
  attributionsOverTags,
  finiteTense,
  holdsReportingVerb,
  isPresentVerb,
  markedSpeakers,
  mayHoldReportingVerb,
  type TaggedAttribution,
  type Tense,
} from "./attributions-over-tags";
import { endAnchored } from "./end-anchored";
import { MONTH_ALTERNATION } from "./lexicon/months";
import { EVIDENCE_NOUNS, type ReportingVerb } from "./lexicon/reporting-verbs";
import { type Token, tokensBySentence } from "./nlp";
import {
  AMBIGUOUS_VERB_FORMS,
  OTHER_SENSE_AFTER_FORM,
  PRONOUN_SOURCES,
  REPORTING_VERBS,
  SOURCE_KIND_RULES,
} from "./reporting-cues";
import { shifted } from "./spans";
import type { Attribution, CueTone, Modality, Sentence, SourceKind, Span } from "./types";
import { hasMoreWordsThan, hasWords, isWhitespace } from "./whitespace";

const CUE_WORDS = Object.keys(REPORTING_VERBS)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, "\\s+"))
  .join("|");
const VERB_CUE = new RegExp(`(?<![\\w-])(${CUE_WORDS})(?![\\w-])`, "gi");
const ACCORDING_TO = /\baccording to\s+/gi;
/** "Ann Lee's claim that …", "his claim that …": a claim named by a noun, its owner in the possessive. */
const CLAIM_NOUN =
  /\b((?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.-]*(?=['’]s)|[Hh]is|[Hh]er|[Tt]heir)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(claims?|conclusion|assertion|contention|insistence)\s+that\b/g;
/** "In the latest Gazette poll, …", "gains in some polls": a poll or survey that "in" names as the measure. */
const IN_POLL = /\b(in)\s+((?:[^\s,.;:()“”"]+\s+){0,7}?(?:poll|polls|survey|surveys))\b/gi;
/**
 * Words without which the patterns above cannot match: a sentence lacking them is not searched (a plain
 * test is cheaper than the pattern, and a global pattern's matchAll makes a copy of it each time).
 */
const MAYBE_ACCORDING_TO = /according to/i;
const MAYBE_IN_POLL = /poll|survey/i;
const MAYBE_CLAIM_NOUN = /(?:claims?|conclusion|assertion|contention|insistence)\s+that\b/;

/**
 * Adverbs and auxiliaries that may stand between a source and its verb: "X has also said", "X
 * officially denies". Nouns ending in -ly ("the family said") are not adverbs.
 */
const GAP_BEFORE_CUE =
  /(?:\s+(?:also|later|earlier|previously|repeatedly|again|then|always|often|never|still|as always|once again|has|have|had|would|will|did|reportedly|(?!(?:famil|assembl|all|suppl|rall|monopol|anomal)y\b)[a-z]{2,}ly))*\s*$/;
const GAP_WINDOW = 100;
/** "reported by Jann Horn" is passive, "said by telephone" is not. */
const PASSIVE_AFTER_CUE = /^\s+by\s+(?!(?:tele)?phone|e-?mail|letter|text|video)/i;
/** "The army has taken", "researchers cannot say": a verb of the clause, not part of a name. */
const AUXILIARY_OR_MODAL =
  /^(is|are|was|were|has|have|had|will|would|can|could|did|does|do|cannot|can['’]t|may|might|must|should|shall|won['’]t|not)$/i;
/** Passive or nominal use: "is linked with", "the reported death", "these claims". */
const NOT_A_SUBJECT_BEFORE = endAnchored(
  /\b(is|are|was|were|be|been|being|get|gets|got|gotten|the|a|an|these|those|this|that|its|their|his|her|of|to|for|with|and|or)\s*$/i,
);
const CLAUSE_BOUNDARY_WORDS =
  /\s(?:that|which|who|whether|while|but|because|after|before|when|although|though|since|where|whereas|so|however|meanwhile|if|once|until|unless|as)\s/gi;
/** What may follow a cue before its claim: a date, "in a statement", "to reporters", "that", a colon. */
const AFTER_CUE = new RegExp(
  `^(?:\\s*,?\\s*(?:(?:late |early )?on (?:\\w+day|(?:${MONTH_ALTERNATION}) \\d{1,2}(?:, \\d{4})?)|in a statement|in an interview|to reporters|to journalists|on (?:Twitter|X|Telegram|Facebook)|as always))*\\s*(?:that\\s+|:\\s*|,\\s*)?`,
);
const MAX_SOURCE_WORDS = 14;
/** A source that a comma closes may run longer: "According to a complaint filed by … and …, …". */
const MAX_CLOSED_SOURCE_WORDS = 24;
/** A sentence of news holds a handful of cues at most; past this many its cue words are not read (bounds the cost). */
const MAX_CUES_PER_SENTENCE = 12;
/** Verbs that may come before their source: "'…,' said X". */
const SAID_BEFORE_SOURCE = new Set([
  "said",
  "says",
  "added",
  "adds",
  "wrote",
  "writes",
  "explained",
  "insisted",
  "warned",
]);
/** ", a spokesman for the NFL," or ", who spoke on condition of anonymity," between a source and its verb. */
const APPOSITIVE_AFTER_SOURCE = /^,\s+(?:a|an|the)\s+[^,]{2,80}(?=,)/;
/** ", a spokesman for the NFL,", ", speaking on condition of anonymity,", ", for its part," between a source and its verb. */
const APPOSITIVE_BEFORE_CUE = endAnchored(
  /,\s+(?:(?:a|an|the|who|which|whose)\s+[^,]{2,120}|[a-z]{2,}ing\s+[^,]{2,120}|for (?:its|his|her|their) part|in turn|too|meanwhile|however),\s*$/,
);
/** "The Russian Defence Ministry, which had denied": the cue belongs to the phrase the clause hangs on. */
const RELATIVE_PRONOUN_BEFORE_CUE = /,\s+(which|who)$/;
/** The characters that end a noun phrase read backwards from its verb. */
const PHRASE_STOPS = ',;:“”"–—';
const PHRASE_WINDOW = 300;
const LAST_PHRASE = /[^,;:“”"–—]*$/;
/** 'the so-called "authorities"': a short scare-quoted word inside a noun phrase does not end it. */
const SCARE_QUOTED_WORD_AT_END = endAnchored(
  /\b(?:the|a|an|its|their|his|her|so-called)\s+[“"][^“”",.!?]{1,40}[”"]$/i,
);
const MAX_SCARE_QUOTED_WORDS = 3;
const SCARE_QUOTE_WINDOW = 80;
const MAX_ASIDES = 3;
const ASIDE_WINDOW = 200;
/** ", cabinet member for finance," after a name, or ", Helen Brandt," after a job title. */
const ANY_ASIDE_BEFORE_CUE = endAnchored(/,\s+([^,]{2,80}),\s*$/);
const PERSON_NAME = /^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+$/;
/** Sentence adverbs and conjunctions that open a clause but are not part of its subject: "As always, pro-militant sources claimed". */
const LEADING_ADVERBIAL =
  /^(?:as always|once again|again|also|meanwhile|however|then|now|later|earlier|separately|similarly|and|but|yet|even|still|instead|indeed|when|while|although|though|because|since|if|once|until|unless),?\s+/i;
/** What may follow the head noun of an unnamed group: "Parents waiting at the gate", "Rumours in the press". */
const GROUP_QUALIFIER =
  /^(?:in|at|on|from|near|outside|inside|across|around|of|with|for|by|close|among|along|[a-z]{2,}ing)$/;
/** A plural common noun: "shoppers", "workers", "children", not "this", "virus" or "class". */
const PLURAL_NOUN = /^(?:[a-z][a-z-]*[^siu'’]s|[a-z-]*(?:men|children))$/;
const MAX_WORDS_BEFORE_GROUP_HEAD = 3;
/** After an unnamed group's verb, the start of a clause ("… said the trains were late"), not a participle's object. */
const CLAUSE_AFTER_GROUP_CUE =
  /^(?:\s+(?:on|late on|early on)\s+\w+day)?(?:\s*:|\s*[“"]|\s+(?:that|the|a|an|it|its|they|their|he|his|she|her|we|our|there|this|these|those|most|many|some|all|no|none|more|[A-Z])\b)/;
const MAX_CLAUSE_SUBJECT_WORDS = 8;
const MAX_WORDS_AFTER_JOIN = 5;
/** " who had travelled from Leeds" just before the verb: a restrictive clause inside the subject. */
const WHO_CLAUSE_AT_END = endAnchored(/(?<!,)\s+who(?:\s+[^\s,;:]+){1,8}$/);
/** Words that may open an unnamed group before its head noun: "so-called experts", "independent analysts". */
const GROUP_MODIFIER =
  /^(?:some|many|several|few|other|local|senior|independent|anonymous|unnamed|[a-z]+-[a-z-]+)$/;
/** A subject's verb comes next, not an object or a particle: "Drop us a line and say hello" has no subject. */
const OBJECT_OR_PARTICLE =
  /^(?:us|me|him|her|them|it|you|the|a|an|this|that|these|those|my|your|our|their|his|its|by|over|up|out|off|down|back)$/;
/** Words that continue a noun phrase rather than start its verb: "Shares in …", "the ministry of …". */
const SUBJECT_GOES_ON = /^(?:of|for|in|at|on|from|and|with|to|near|de|al|el|bin|van|von)$/;

/** Who says what in each sentence, with pronoun sources resolved to the nearest named source before them. */
export function findAttributions(text: string, sentences: readonly Sentence[]): Attribution[] {
  return resolveSources(text, findSentenceAttributions(text, sentences));
}

/**
 * Who says what in each sentence, in reading order, before `resolveSources` reads them in turn. Each
 * paragraph is read on its own (the tagger's runs and open quotations stop at its end), so the
 * attributions of a run of whole paragraphs are those they have in the whole article: an article may be
 * read a few paragraphs at a time (one request each, within the Workers CPU limit; see analyze-article.ts).
 */
export function findSentenceAttributions(text: string, sentences: readonly Sentence[]): Attribution[] {
  const attributions: Attribution[] = [];
  const tokens = tokensBySentence(text, sentences, mayHoldReportingVerb);
  for (const sentence of sentences) {
    const sentenceTokens = tokens.get(sentence.index) ?? [];
    const marked = withDoubleMarks(sentence);
    const byRules = [
      ...findAccordingTo(marked),
      ...findInPoll(marked),
      ...withClaimNouns(marked, findVerbCues(marked)),
    ]
      .map((attribution) => (marked === sentence ? attribution : inOriginalWords(text, attribution)))
      .filter(
        (attribution) =>
          !insideQuotation(attribution.cueSpan, sentenceTokens) &&
          !holdsReportingVerb(sentenceTokens, attribution.sourceSpan),
      )
      .map((attribution) => withClaimFromVerb(text, attribution, sentenceTokens));
    const byTags = findOverTags(sentence, sentenceTokens, byRules);
    attributions.push(...[...byRules, ...byTags].sort((a, b) => a.start - b.start));
  }
  return attributions;
}

/** The article's attributions with their sources resolved in reading order (a surname alone, "he", "who"). */
export function resolveSources(text: string, found: readonly Attribution[]): Attribution[] {
  const attributions: Attribution[] = [];
  const people = new Set<string>();
  let lastNamed: string | null = null;
  for (const attribution of found) {
    // "Osei said" after "Mayor Linda Osei said": a surname alone is the person named before.
    if (SHORT_NAME.test(attribution.source) && people.has(attribution.source))
      attribution.sourceKind = "named-person";
    // A relative pronoun ("who said") comes with its referent; "he said" stands for the last named source.
    const named = attribution.sourceKind === "pronoun" ? attribution.resolvedSource : attribution.source;
    if (named === null) attribution.resolvedSource = lastNamed;
    else {
      attribution.resolvedSource = named;
      lastNamed = named;
    }
    if (named !== null && classifySource(named) === "named-person")
      for (const name of shortNames(named)) people.add(name);
    attributions.push(attribution);
  }
  return attributions.filter((attribution) => text.slice(attribution.start, attribution.end) !== "");
}

/** Two apostrophes that some papers print as a quotation mark ('' … ''). */
const DOUBLE_APOSTROPHE = /''/g;

/**
 * The sentence with each '' read as a straight double quotation mark and a space (same length, so every
 * offset holds): the character rules then find "''…,'' Ann Lee told me" as they find '"…," Ann Lee told me'.
 */
function withDoubleMarks(sentence: Sentence): Sentence {
  return sentence.text.includes("''")
    ? { ...sentence, text: sentence.text.replace(DOUBLE_APOSTROPHE, '" ') }
    : sentence;
}

/** An attribution found in `withDoubleMarks` words, with its words taken from the text itself. */
function inOriginalWords(text: string, attribution: Attribution): Attribution {
  const words = (span: Span) => text.slice(span.start, span.end);
  return {
    ...attribution,
    source: words(attribution.sourceSpan),
    cue: words(attribution.cueSpan),
    claim: words(attribution.claimSpan),
  };
}

/**
 * "He said Obama hopes that …": a verb in the present between the cue and a "that" opens the claim
 * there (the "that" is the clause's own), so the claim starts right after the cue.
 */
function withClaimFromVerb(text: string, attribution: Attribution, tokens: readonly Token[]): Attribution {
  const { sourceSpan, cueSpan, claimSpan } = attribution;
  if (claimSpan.start <= cueSpan.end || sourceSpan.start > cueSpan.start) return attribution;
  const between = tokens.filter((token) => token.start >= cueSpan.end && token.end <= claimSpan.start);
  // "said Obama hopes that": a verb of the present after its subject (not "reported to church authorities
  // … that", where the tagger reads a noun as a verb, nor a name such as "Die Tagespost").
  const opensClause = between.some(
    (token, at) =>
      isPresentVerb(token) &&
      /^[a-z]/.test(token.text) &&
      /^(?:NOUN|PRON|PROPN)$/.test(between[at - 1]?.pos ?? ""),
  );
  if (!opensClause) return attribution;
  const start = (between[0] as Token).start;
  return {
    ...attribution,
    claim: text.slice(start, claimSpan.end),
    claimSpan: { start, end: claimSpan.end },
  };
}

/**
 * A cue inside someone's quoted words ("'I say we fight,' he said") is part of what they said: the
 * quotation is attributed to the speaker as a whole, not to a speaker within it.
 */
function insideQuotation(cue: Span, tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.start === cue.start && token.quoted);
}

/** What the tags show that the character rules missed: cues by lemma, sources as noun phrases. */
function findOverTags(
  sentence: Sentence,
  tokens: readonly Token[],
  byRules: readonly Attribution[],
): Attribution[] {
  const taken = byRules.map((attribution) => attribution.cueSpan);
  const found = [
    ...attributionsOverTags(tokens, sentence.start, taken, MAX_CUES_PER_SENTENCE),
    ...markedSpeakers(tokens, sentence.start),
  ];
  // What someone needs or tries to say is nobody's claim, so it holds no other report ("took to Twitter
  // to accuse … and encourage …": "encourage" is the subject's too).
  const ruleClaims = byRules.map((attribution) => relativeTo(sentence, attribution));
  const standsAlone = (candidate: TaggedAttribution, claims: readonly Claimed[]) =>
    (candidate.verb.plain && !candidate.governed) ||
    candidate.coordinate ||
    !insideAnotherClaim(candidate, claims, tokens, sentence.start, candidate.verb.stance === true);
  // "May said the country would declare … and suggested that …": a verb left inside the claim of a report
  // that stands whatever the others say (a rule's, a plain verb's) holds no other report in its own claim.
  const firm = [
    ...ruleClaims,
    ...found.filter((candidate) => !candidate.governed && (candidate.verb.plain || candidate.coordinate)),
  ];
  // (With one tagged report there is nothing to leave out: the check is skipped.)
  const claims = [
    ...ruleClaims,
    ...found.filter((candidate) => !candidate.governed && (found.length < 2 || standsAlone(candidate, firm))),
  ];
  return found
    .filter((candidate) => standsAlone(candidate, claims))
    .filter(
      (candidate) => !candidate.referent || canReferTo(sentence.text, candidate.source, candidate.referent),
    )
    .flatMap((candidate) => {
      const attribution = makeAttribution(sentence, candidate, candidate.verb.tone, candidate.verb.negative);
      // "needs to tell", "tried to make the case", "avoids condemning": what someone needs, tries or
      // avoids to say is no claim handed over, so it is counted as a modal report.
      if (candidate.governed) return [{ ...attribution, modality: attribution.modality ?? "modal" }];
      return attribution.modality !== "modal" || speaksModally(candidate.verb, attribution, tokens)
        ? [attribution]
        : [];
    });
}

const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you"]);

/**
 * A modal report counts for a plain verb of speech and a named or personal source ("I should say that
 * …", "Kadzik would not say"). Other verbs after a modal mostly predict ("Donald Trump will insist on
 * …", "many would hope …", "the plan would add …"), and a thing's modal is no report at all.
 */
function speaksModally(verb: ReportingVerb, attribution: Attribution, tokens: readonly Token[]): boolean {
  return verb.plain === true && namesSomeone(attribution.referentSpan ?? attribution.sourceSpan, tokens);
}

/** Whether a source's last word is a name or a personal pronoun. */
function namesSomeone(source: Span, tokens: readonly Token[]): boolean {
  const head = tokens.findLast((token) => token.end <= source.end && token.start >= source.start);
  return head !== undefined && (head.pos === "PROPN" || PERSONAL_PRONOUNS.has(head.normal));
}

/** "which" reports for an organisation, an outlet or a document ("the EU, which contended"), not for "the plan". */
function canReferTo(text: string, pronoun: Span, referent: Span): boolean {
  if (text.slice(pronoun.start, pronoun.end).toLowerCase() !== "which") return true;
  const phrase = text.slice(referent.start, referent.end);
  const kind = classifySource(phrase);
  return (
    kind === "organisation" || kind === "media-outlet" || EVIDENCE_HEAD.test(phrase) || COUNTRIES.test(phrase)
  );
}

/** Countries speak through their governments: "China and the United States, which together vowed …". */
const COUNTRIES = /\b(?:countries|nations|powers|allies)$/i;

/** A document or a poll as the head of a phrase: "the study", "a new Quinnipiac poll". */
const EVIDENCE_HEAD = new RegExp(`\\b(?:${[...EVIDENCE_NOUNS].join("|")})$`, "i");

/** Where a report's source, cue and claim are in its sentence. */
type Claimed = { source: Span; cue: Span; claim: Span };

function relativeTo(sentence: Sentence, attribution: Attribution): Claimed {
  return {
    source: shifted(attribution.sourceSpan, -sentence.start),
    cue: shifted(attribution.cueSpan, -sentence.start),
    claim: shifted(attribution.claimSpan, -sentence.start),
  };
}

/**
 * "Clinton said she wants to …": a stance or belief inside what someone else is reported to say is part
 * of their claim, not a second source (unless the other cue sits inside this one's claim in turn). A
 * second verb of the same source, with no verb between them, is no part of the first one's claim: "Trump
 * criticized the deals and called for tariffs" (but in "Police say he posed a threat and refused to drop
 * it", "refused" is his, inside the claim).
 */
function insideAnotherClaim(
  candidate: { source: Span; cue: Span; claim: Span; governed?: Span },
  others: readonly { source: Span; cue: Span; claim: Span }[],
  tokens: readonly Token[],
  sentenceStart: number,
  stance: boolean,
): boolean {
  // "… but stopped short of calling …": a governed verb is read from the verb that governs it.
  const verbStart = sentenceStart + (candidate.governed ?? candidate.cue).start;
  const cueTense = tenseAt(tokens, verbStart);
  // A verb between the two that is no infinitive ("called on police to release …") is the claim's own,
  // unless the second verb has the first one's tense and no verb between has it: in "Lee said the city
  // would act and urged calm", "urged" goes with "said", not with "would act".
  const secondVerbOf = (other: { source: Span; cue: Span }) =>
    other.source.start === candidate.source.start &&
    !tokens.some(
      (token, at) =>
        token.pos === "VERB" &&
        tokens[at - 1]?.normal !== "to" &&
        token.start >= sentenceStart + other.cue.end &&
        token.end <= verbStart &&
        (cueTense === null ||
          cueTense !== tenseAt(tokens, sentenceStart + other.cue.start) ||
          finiteTense(tokens, at) === cueTense),
    );
  // "…, after crews voted to accept the offer, the operator said": a source that trails its claim holds
  // a stance in it, though the stance's own claim runs on past that source.
  const trailsCandidate = (other: { source: Span; cue: Span; claim: Span }) =>
    stance && other.claim.end <= other.source.start && other.source.start > candidate.cue.end;
  // "… after video surfaced showing her stumbling (her campaign later disclosed that …)": a report in
  // brackets opened after the other cue is an aside of its own, in no claim outside them.
  const inBracketsAfter = (other: { cue: Span }) => {
    let depth = 0;
    for (const token of tokens) {
      if (token.start < sentenceStart + other.cue.end) continue;
      if (token.start >= verbStart) break;
      if (token.text === "(") depth++;
      else if (token.text === ")") depth = Math.max(0, depth - 1);
    }
    return depth > 0;
  };
  return others.some(
    (other) =>
      other.cue.start !== candidate.cue.start &&
      !secondVerbOf(other) &&
      contains(other.claim, candidate.cue) &&
      (!contains(candidate.claim, other.cue) || trailsCandidate(other)) &&
      !inBracketsAfter(other),
  );
}

/** The tense of the finite verb starting at `start` ("said", "says"), or null (no such verb). */
function tenseAt(tokens: readonly Token[], start: number): Tense | null {
  const at = tokens.findIndex((token) => token.start === start);
  return at === -1 ? null : finiteTense(tokens, at);
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const SHORT_NAME = /^(?:(?:al|el|bin|ibn|van|von|de)[-\s])?[A-Z][\w'’-]+$/;

/** The endings of a person's name that may stand for it later: "Linda Osei" → "Osei" (and "al-Masri", "de Vries"). */
function shortNames(name: string): string[] {
  const words = name.split(" ");
  return words.slice(1).map((_, index) => words.slice(index + 1).join(" "));
}

/**
 * "In this poll, Ruiz leads by five points", "Lee gained in two polls": the poll reports the figure, as
 * PolNeAR counts it (as "a poll shows"). An evidence cue, not speech: the quiz does not ask about it.
 */
function findInPoll(sentence: Sentence): Attribution[] {
  const results: Attribution[] = [];
  if (!MAYBE_IN_POLL.test(sentence.text)) return results;
  for (const match of sentence.text.matchAll(IN_POLL)) {
    if (results.length === MAX_CUES_PER_SENTENCE) break;
    const sourceTo = match.index + match[0].length;
    const sourceFrom = sourceTo - (match[2] as string).length;
    results.push(
      makeAttribution(sentence, {
        source: { start: sourceFrom, end: sourceTo },
        cue: { start: match.index, end: match.index + 2 },
        claim: claimAround(sentence.text, match.index, sourceTo),
      }),
    );
  }
  return results;
}

/**
 * The verb cues of a sentence, and a claim told by a noun after a name in the possessive ("contrary to
 * Ann Lee's claim that the pool is safe", "the judge's conclusion that …"), as PolNeAR counts it, unless a
 * verb cue took that word already.
 */
function withClaimNouns(sentence: Sentence, verbCues: Attribution[]): Attribution[] {
  if (!MAYBE_CLAIM_NOUN.test(sentence.text)) return verbCues;
  const found = [...verbCues];
  for (const match of sentence.text.matchAll(CLAIM_NOUN)) {
    if (found.length >= MAX_CUES_PER_SENTENCE) break;
    const noun = match[2] as string;
    const cueStart = match.index + match[0].lastIndexOf(noun);
    if (verbCues.some((attribution) => attribution.cueSpan.start === sentence.start + cueStart)) continue;
    found.push(
      makeAttribution(sentence, {
        source: {
          start: match.index,
          end: match.index + (match[1] as string).length,
        },
        cue: { start: cueStart, end: cueStart + noun.length },
        claim: trimSpan(sentence.text, match.index + match[0].length, sentence.text.length),
      }),
    );
  }
  return found;
}

/** "According to X, …", "…, according to X." and "…, according to X: …". */
function findAccordingTo(sentence: Sentence): Attribution[] {
  const results: Attribution[] = [];
  if (!MAYBE_ACCORDING_TO.test(sentence.text)) return results;
  for (const match of sentence.text.matchAll(ACCORDING_TO)) {
    if (results.length === MAX_CUES_PER_SENTENCE) break;
    const sourceFrom = match.index + match[0].length;
    const sourceTo = endOfPhrase(sentence.text, sourceFrom);
    const source = sentence.text.slice(sourceFrom, sourceTo).trim();
    // "According to a complaint filed by … and a second one by …, the developers …": closed by its comma.
    const closed = sentence.text[sourceTo] === ",";
    if (source === "" || hasMoreWordsThan(source, closed ? MAX_CLOSED_SOURCE_WORDS : MAX_SOURCE_WORDS))
      continue;
    const aside = APPOSITIVE_AFTER_SOURCE.exec(sentence.text.slice(sourceTo));
    const claim = claimAround(sentence.text, match.index, sourceTo + (aside?.[0].length ?? 0));
    results.push(
      makeAttribution(sentence, {
        source: { start: sourceFrom, end: sourceFrom + source.length },
        cue: { start: match.index, end: match.index + "according to".length },
        claim,
      }),
    );
  }
  return results;
}

/** The end of a noun phrase that starts at `from`: the next comma, colon, semicolon, dash or sentence end. */
function endOfPhrase(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = rest.search(/[,;:–—(]|\s-\s|[.!?]["”']?\s*$|\s+that\s/);
  return from + (stop === -1 ? rest.length : stop);
}

/** The claim of an "according to" phrase: what follows it when it leads, what precedes it when it trails. */
function claimAround(text: string, phraseStart: number, phraseEnd: number): Span {
  const before = trimSpan(text, 0, phraseStart);
  const after = trimSpan(text, phraseEnd, text.length);
  if (before.end - before.start < 3) return after;
  if (after.end - after.start < 3) return before;
  return trimSpan(text, 0, text.length);
}

/** "X said (that) …", "…, X said.", "'…,' said X", "X, a spokesman for Y, said …". */
function findVerbCues(sentence: Sentence): Attribution[] {
  const results: Attribution[] = [];
  let examined = 0;
  for (const match of sentence.text.matchAll(VERB_CUE)) {
    if (examined++ === MAX_CUES_PER_SENTENCE) break;
    // "QUESTIONABLE MEDICAL CLAIMS —": a heading in capitals, not a report.
    if (/^[A-Z]{2,}$/.test(match[0])) continue;
    // "Let's say you think …": a supposition, nobody's report.
    if (/\blet['’]s\s+$/i.test(sentence.text.slice(Math.max(0, match.index - 8), match.index))) continue;
    const cue = { start: match.index, end: match.index + match[0].length };
    // "She called into a radio show", "called off the strike": another verb.
    if (isOtherSense(match[0], sentence.text.slice(cue.end))) continue;
    const participle = PARTICIPLE_CUES[match[0].toLowerCase()];
    const attribution = participle
      ? participle(sentence, cue)
      : (sourceBeforeCue(sentence, cue) ?? sourceAfterCue(sentence, cue));
    if (attribution) results.push(attribution);
  }
  return results;
}

/** Whether the word after a cue form makes it another verb, as its lexicon entry says ("called off"). */
function isOtherSense(form: string, after: string): boolean {
  const next = /^\s+([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && OTHER_SENSE_AFTER_FORM.get(form.toLowerCase())?.includes(next) === true;
}

/** Participles that report after a comma: "…, saying …" and "…, citing X, …". */
const PARTICIPLE_CUES: Readonly<Record<string, (sentence: Sentence, cue: Span) => Attribution | null>> = {
  saying: subjectOfParticiple,
  citing: sourceCited,
};

/** "The company cut its dividend, saying …": the subject of the clause before the comma said it ("saying nothing" says nothing). */
function subjectOfParticiple(sentence: Sentence, cue: Span): Attribution | null {
  const text = sentence.text;
  const comma = commaRightBefore(text, cue.start);
  if (comma === -1) return null;
  const source = clauseSubjectBefore(text, comma);
  if (!source) return null;
  const claim = claimForCue(text, source, cue);
  const saysSomething = claim.start > cue.end && hasWords(text.slice(claim.start, claim.end), 3);
  return saysSomething ? makeAttribution(sentence, { source, cue, claim }) : null;
}

/**
 * Where the comma is that only white space separates from `end` (as `/,\s*$/` finds it in the text before
 * `end`), or -1: read back from `end`, not tried at every position of the text before it.
 */
function commaRightBefore(text: string, end: number): number {
  let at = end - 1;
  while (at >= 0 && isWhitespace(text.charCodeAt(at))) at--;
  return at >= 0 && text[at] === "," ? at : -1;
}

/** "Western media, citing officials in Kiev, have accused …": the source cited comes after the cue. */
function sourceCited(sentence: Sentence, cue: Span): Attribution | null {
  const text = sentence.text;
  if (commaRightBefore(text, cue.start) === -1) return null;
  const from = cue.end + (text.slice(cue.end).length - text.slice(cue.end).trimStart().length);
  const sourceText = text.slice(from, endOfPhrase(text, from)).trim();
  if (sourceText === "" || hasMoreWordsThan(sourceText, MAX_SOURCE_WORDS)) return null;
  if (!isPlausibleSource(sourceText, "citing")) return null;
  const source = { start: from, end: from + sourceText.length };
  return makeAttribution(sentence, {
    source,
    cue,
    claim: claimAround(text, cue.start, source.end),
  });
}

function sourceBeforeCue(sentence: Sentence, cue: Span): Attribution | null {
  const text = sentence.text;
  const beforeGap = textBeforeGap(text, cue.start);
  if (/\sand$/.test(beforeGap)) return secondOfTwoVerbs(sentence, cue, beforeGap.length - "and".length);
  // "… but noted that …": the tagged pass gives the verb after "but" the clause's subject.
  if (/\sbut$/.test(beforeGap)) return null;
  if (beforeGap === "" || NOT_A_SUBJECT_BEFORE.test(beforeGap)) return null;
  if (PASSIVE_AFTER_CUE.test(text.slice(cue.end))) return null;
  const afterWho = /\s+who$/.exec(beforeGap);
  if (afterWho) return groupBeforeWho(sentence, cue, afterWho.index);
  const relative = RELATIVE_PRONOUN_BEFORE_CUE.exec(beforeGap);
  const subject = relative
    ? subjectEndingAt(text, relative.index)
    : subjectOrItsWhoClause(text, beforeGap.length);
  const source = subject && sourceOfCue(text, subject, cue);
  if (!source) return null;
  const claim = claimForCue(text, source, cue);
  if (!relative) return makeAttribution(sentence, { source, cue, claim });
  // "The ministry, which had denied …": the pronoun is the source, standing for the ministry.
  const pronoun = {
    start: beforeGap.length - (relative[1] ?? "").length,
    end: beforeGap.length,
  };
  return makeAttribution(sentence, {
    source: pronoun,
    referent: source,
    cue,
    claim: endAtComma(text, claim),
  });
}

/** The text before the cue without the adverbs and auxiliaries that end it (read in a window: a gap is short). */
function textBeforeGap(text: string, cueStart: number): string {
  const from = Math.max(0, cueStart - GAP_WINDOW);
  return text.slice(0, from) + text.slice(from, cueStart).replace(GAP_BEFORE_CUE, "");
}

/** The subject as the source of the cue, when it can be one; after an "and" that joins clauses. */
function sourceOfCue(text: string, subject: Span, cue: Span): Span | null {
  const verb = text.slice(cue.start, cue.end).toLowerCase();
  const source = AMBIGUOUS_VERB_FORMS.has(verb) ? subject : afterClauseJoin(text, subject);
  const sourceText = text.slice(source.start, source.end);
  const trailing = /,\s*$/.test(text.slice(0, source.start));
  if (isPlausibleSource(sourceText, verb) || isUnnamedGroup(sourceText, verb, text.slice(cue.end), trailing))
    return source;
  return null;
}

/**
 * "The newspaper quoted analysts at an institute who argued": the nearest unnamed group before "who"
 * (the shortest such phrase, with its modifiers: "independent analysts at an institute").
 */
function groupBeforeWho(sentence: Sentence, cue: Span, whoAt: number): Attribution | null {
  const text = sentence.text;
  const before = text.slice(0, whoAt);
  const from = Math.max(phraseStart(before), lastBoundaryWordEnd(before));
  const starts = [...before.slice(from).matchAll(/\S+/g)]
    .slice(-MAX_SOURCE_WORDS)
    .map((word) => from + word.index)
    .reverse();
  const headAt = starts.findIndex((start) => isPersonOrGroup(before.slice(start)));
  if (headAt === -1) return null;
  let modifiersAt = headAt;
  while (GROUP_MODIFIER.test(text.slice(starts[modifiersAt + 1] ?? 0, starts[modifiersAt]).trim()))
    modifiersAt++;
  const referent = { start: starts[modifiersAt] ?? 0, end: whoAt };
  const whoStart = whoAt + (text.slice(whoAt).length - text.slice(whoAt).trimStart().length);
  const source = { start: whoStart, end: whoStart + "who".length };
  const claim = endAtComma(text, claimForCue(text, referent, cue));
  return makeAttribution(sentence, { source, referent, cue, claim });
}

/** Who can be the antecedent of "who": a person or an unnamed group, not an organisation. */
function isPersonOrGroup(phrase: string): boolean {
  const kind = matchedSourceKind(phrase);
  if (kind === "vague" || kind === "partisan-unnamed") return true;
  return kind === null && isUnnamedGroup(phrase, "said", " that");
}

/** "Fans who had travelled from Leeds complained": the subject before a short "who" clause. */
function subjectOrItsWhoClause(text: string, end: number): Span | null {
  const subject = subjectEndingAt(text, end);
  if (subject) return subject;
  const from = Math.max(0, end - PHRASE_WINDOW);
  const whoClause = WHO_CLAUSE_AT_END.exec(text.slice(from, end));
  return whoClause ? subjectEndingAt(text, from + whoClause.index) : null;
}

/** A relative clause ends at its closing comma, and its claim with it. */
function endAtComma(text: string, claim: Span): Span {
  const comma = text.slice(claim.start, claim.end).indexOf(",");
  return comma === -1 ? claim : trimSpan(text, claim.start, claim.start + comma);
}

/** "'We will hold the line,' said Naji Mustafa." */
function sourceAfterCue(sentence: Sentence, cue: Span): Attribution | null {
  const text = sentence.text;
  if (!/[,”"’']\s*$/.test(text.slice(0, cue.start))) return null;
  if (!SAID_BEFORE_SOURCE.has(text.slice(cue.start, cue.end).toLowerCase())) return null;
  const from = cue.end + (text.slice(cue.end).length - text.slice(cue.end).trimStart().length);
  const to = endOfPhrase(text, from);
  const sourceText = text.slice(from, to).trim();
  if (sourceText === "" || hasMoreWordsThan(sourceText, 8)) return null;
  // "…, said members will fund the line": words with their own verb are the claim, not its source.
  if (containsFiniteVerb(sourceText) || !isPlausibleSource(sourceText, "said")) return null;
  const quoteEnd = text.slice(0, cue.start).search(/,?\s*[”"’']?\s*,?\s*$/);
  const claim = trimSpan(text, 0, quoteEnd);
  return makeAttribution(sentence, {
    source: { start: from, end: from + sourceText.length },
    cue,
    claim,
  });
}

/**
 * The noun phrase that ends where the cue's gap begins: back to a comma, quote, clause word or the
 * sentence start. An appositive ("Naji Mustafa, a spokesman for the NFL, said") yields the name.
 */
function subjectEndingAt(text: string, end: number): Span | null {
  const before = text.slice(0, end);
  const endOfHead = endBeforeAsides(before);
  if (endOfHead < before.length) return subjectEndingAt(text, endOfHead);
  const namedAside = nameAroundAside(text, before);
  if (namedAside) return namedAside;
  if (commaRightBefore(text, end) !== -1) return null;
  let start = Math.max(phraseStart(before), lastBoundaryWordEnd(before), leadingDatePhraseEnd(before));
  while (/\s/.test(before[start] ?? "")) start++;
  start += LEADING_ADVERBIAL.exec(before.slice(start))?.[0].length ?? 0;
  const phrase = before.slice(start);
  if (phrase === "" || hasMoreWordsThan(phrase, MAX_SOURCE_WORDS) || containsFiniteVerb(phrase)) return null;
  // "A study that appeared in a journal said": the words after "that" are its clause, not the source.
  if (/^[a-z]+ed\b/.test(phrase) && /\bthat\s+$/i.test(before.slice(0, start))) return null;
  return { start, end };
}

/**
 * "Two men were held after the match and police said": the source starts after an "and" that joins
 * clauses, which it does when the words before it name no source ("residents and officials" stays whole).
 */
function afterClauseJoin(text: string, subject: Span): Span {
  const join = text.lastIndexOf(" and ", subject.end);
  if (join < subject.start) return subject;
  const after = join + " and ".length;
  const tail = text.slice(after, subject.end);
  if (hasMoreWordsThan(tail, MAX_WORDS_AFTER_JOIN) || !/^[\w'’ .-]+$/.test(tail)) return subject;
  if (isPlausibleSource(text.slice(subject.start, join), "said") || !isPlausibleSource(tail, "said"))
    return subject;
  return { start: after, end: subject.end };
}

/** Where the text before a cue ends once its asides are dropped: "X, a spokesman for Y, a coalition of Z," → "X". */
function endBeforeAsides(before: string): number {
  let end = before.length;
  for (let asides = 0; asides < MAX_ASIDES; asides++) {
    // An aside is at most ASIDE_WINDOW long: matching only there keeps long sentences linear.
    const from = Math.max(0, end - ASIDE_WINDOW);
    const aside = APPOSITIVE_BEFORE_CUE.exec(before.slice(from, end + 1));
    // ", the losses would outstrip the gains, said X": a clause with its own verb is no aside.
    if (!aside || (/^,\s+(?:a|an|the)\s/.test(aside[0]) && containsFiniteVerb(aside[0]))) break;
    end = from + aside.index;
  }
  return end;
}

/** The start of the phrase that ends `before`: after the last comma, colon, dash or quotation mark. */
function phraseStart(before: string): number {
  const start = afterLastStop(before);
  if (!/[”"]/.test(before[start - 1] ?? "")) return start;
  const from = Math.max(0, start - SCARE_QUOTE_WINDOW);
  const scareQuoted = SCARE_QUOTED_WORD_AT_END.exec(before.slice(from, start));
  if (!scareQuoted || wordCount(scareQuoted[0]) - 1 > MAX_SCARE_QUOTED_WORDS) return start;
  const openingQuote = from + scareQuoted.index + scareQuoted[0].search(/[“"]/);
  return afterLastStop(before.slice(0, openingQuote));
}

/** Read backwards, so a long sentence usually costs only the length of its last phrase. */
function afterLastStop(text: string): number {
  const limit = Math.max(0, text.length - PHRASE_WINDOW);
  let index = text.length;
  while (index > limit && !isPhraseStop(text, index - 1)) index--;
  return index > limit || limit === 0 ? index : text.search(LAST_PHRASE);
}

/** Whether the character at `at` ends a phrase: "an aggressive - some say unrealistic - pledge": a spaced hyphen is a dash too. */
function isPhraseStop(text: string, at: number): boolean {
  return (
    PHRASE_STOPS.includes(text.charAt(at)) ||
    (text.charAt(at) === "-" && text.slice(at - 1, at + 2) === " - ")
  );
}

/** "Councillor Janet Okafor, cabinet member for finance, said" or "The finance officer, Helen Brandt, told". */
function nameAroundAside(text: string, before: string): Span | null {
  const aside = ANY_ASIDE_BEFORE_CUE.exec(before);
  const inner = aside?.[1];
  if (!aside || !inner) return null;
  const innerStart = aside.index + aside[0].indexOf(inner);
  if (PERSON_NAME.test(inner) && classifySource(inner) === "named-person") {
    return { start: innerStart, end: innerStart + inner.length };
  }
  const head = subjectEndingAt(text, aside.index);
  if (head && PERSON_NAME.test(text.slice(head.start, head.end).replace(/^(?:[A-Z][a-z]+\s+)?/, "")))
    return head;
  return null;
}

/** "Police put the figure at 8,000 and said …": the second verb shares the subject of the first. */
function secondOfTwoVerbs(sentence: Sentence, cue: Span, andAt: number): Attribution | null {
  const source = clauseSubjectBefore(sentence.text, andAt);
  if (!source) return null;
  return makeAttribution(sentence, {
    source,
    cue,
    claim: claimForCue(sentence.text, source, cue),
  });
}

/**
 * The subject that opens the clause ending at `end`: the shortest plausible source at its start that
 * a lower-case word (its verb) follows. "after the dairy company cut its dividend" → "the dairy company".
 */
function clauseSubjectBefore(text: string, end: number): Span | null {
  const before = text.slice(0, end);
  let start = Math.max(clauseStart(before), lastBoundaryWordEnd(before), leadingDatePhraseEnd(before));
  while (/\s/.test(before[start] ?? "")) start++;
  start += LEADING_ADVERBIAL.exec(before.slice(start))?.[0].length ?? 0;
  const words = firstWords(before.slice(start), MAX_CLAUSE_SUBJECT_WORDS + 1);
  for (let index = 0; index + 1 < words.length; index++) {
    const word = words[index] as RegExpExecArray;
    const next = (words[index + 1] as RegExpExecArray)[0];
    const subjectEnd = start + word.index + word[0].length;
    if (!/^[a-z]/.test(next) || SUBJECT_GOES_ON.test(next)) continue;
    if (index === 0 && PLURAL_NOUN.test(next)) continue;
    if (OBJECT_OR_PARTICLE.test(next)) return null;
    const subject = text.slice(start, subjectEnd);
    // "The family has called on police to …": a subject holds no verb of its own.
    if (containsFiniteVerb(subject)) return null;
    if (isPlausibleSource(subject, "said")) return { start, end: subjectEnd };
  }
  return null;
}

/** The first `count` words of `text` with their offsets, without reading the rest. */
function firstWords(text: string, count: number): RegExpExecArray[] {
  const word = /\S+/g;
  const words: RegExpExecArray[] = [];
  for (let match = word.exec(text); match && words.length < count; match = word.exec(text)) words.push(match);
  return words;
}

/** After the last comma (not one inside a number), semicolon, colon, dash, bracket or quotation mark. */
function clauseStart(before: string): number {
  for (let index = before.length - 1; index >= 0; index--) {
    const char = before[index] ?? "";
    if (';:“”"–—('.includes(char)) return index + 1;
    if (char === "," && !/\d/.test(before[index + 1] ?? "")) return index + 1;
  }
  return 0;
}

function lastBoundaryWordEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(CLAUSE_BOUNDARY_WORDS)) end = match.index + match[0].length;
  return end;
}

/** "On November 23 the SDF said" — a leading date is not part of the source. */
function leadingDatePhraseEnd(text: string): number {
  return (
    /^(?:(?:late |early )?on \w+ \d{1,2}(?:, \d{4})?|on \w+day|in \w+|(?:last|this) \w+),?\s+/i.exec(
      text,
    )?.[0].length ?? 0
  );
}

/** "Both Ms. Ruiz and Mr. Lee say the board has never …": a verb of speech inside a phrase makes it a clause. */
const SPEECH_VERB_FORMS = /^(?:say|says|said|tell|tells|told)$/i;

/** "The army advanced and the ministry said": a finite verb means the phrase is a clause, not a name. */
function containsFiniteVerb(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.some((word, index) => {
    if (AUXILIARY_OR_MODAL.test(word) || SPEECH_VERB_FORMS.test(word)) return true;
    if (!/^[a-z]+ed$/.test(word)) return false;
    const next = words[index + 1] ?? "";
    const previous = words[index - 1] ?? "";
    return !/^(with|by|to|in|for|from|on|at|as)$/i.test(next) && !/^(the|a|an)$/i.test(previous);
  });
}

/** A source names someone: a capitalised name, a pronoun, or an unnamed-source noun. */
function isPlausibleSource(source: string, verb: string): boolean {
  const lower = source.toLowerCase();
  if (PRONOUN_SOURCES.has(lower)) return !AMBIGUOUS_VERB_FORMS.has(verb);
  // "because of her Fifth Amendment claims", "Having said that": a preposition or a gerund opens no source.
  if (/^(?:of|for|to|with|from|by|about|because|having)\b/.test(source) || /^Having\b/.test(source))
    return false;
  // "As stated in …": a conjunction or a preposition alone names nobody.
  if (
    /^(the|a|an|these|those|this|its|it's|earlier|some|which|that|who|what|this|as|if|when|while|after|before|since|because|although|though|but|and|or|so|then|once|unless|until)$/i.test(
      source,
    )
  )
    return false;
  const kind = matchedSourceKind(source);
  if (kind === null) return false;
  if (kind !== "named-person") return true;
  return /\b[A-Z][\w-]*/.test(source) && !/^(On|In|At|By|After|Before|During)\b/.test(source);
}

/**
 * "Many shoppers complained that …", "Parents waiting at the gate said …": a subject whose head is a
 * plural common noun, with at most a few words before it and a qualifier after it. An ambiguous verb
 * ("Farmers reported losses") counts only with "that" after it. A clause must follow the verb, else it
 * is a participle ("methods added to the list", "claims asserted against", "a tool called X"), unless
 * the group trails its claim ("…, traders said.").
 */
function isUnnamedGroup(source: string, verb: string, afterCue: string, trailing = false): boolean {
  return reportsAfterGroup(verb, afterCue, trailing) && hasPluralHead(source);
}

function reportsAfterGroup(verb: string, afterCue: string, trailing: boolean): boolean {
  if (AMBIGUOUS_VERB_FORMS.has(verb)) return /^\s+that\b/.test(afterCue);
  const claimBefore = trailing && /^\s*(?:[.,;!?]|$)/.test(afterCue);
  return verb !== "called" && (claimBefore || CLAUSE_AFTER_GROUP_CUE.test(afterCue));
}

/** "Several chains", "Aid workers", "Parents waiting at the gate": a few words, then a plural noun, then any qualifier. */
function hasPluralHead(source: string): boolean {
  const words = source.split(/\s+/);
  const qualifierAt = words.findIndex((word, index) => index > 0 && GROUP_QUALIFIER.test(word));
  const headAt = (qualifierAt === -1 ? words.length : qualifierAt) - 1;
  const head = words[headAt] ?? "";
  const headIsLowerCase = headAt === 0 || head === head.toLowerCase();
  return headAt <= MAX_WORDS_BEFORE_GROUP_HEAD && headIsLowerCase && PLURAL_NOUN.test(head.toLowerCase());
}

/** What may end a sentence after a trailing source's cue: nothing, or a short adjunct ("in its weekly bulletin"). */
const TRAILING_CUE_END =
  /^(?:\s+(?:in|on|at|to|during|after|late|early|last)\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,3})?\s*(?:,|$|\.)/i;

/**
 * A quotation closed by its own comma or question mark right before the source: '“…,” Lee said at a rally
 * after the vote', '“…?” she asked the crowd'. What follows the cue then says where or when, not what.
 */
const QUOTATION_BEFORE_SOURCE = /[,?!]\s*(?:[”"]|'')\s*$/;
/** A sentence that opens with a quotation: its closing mark before the source ends the words quoted, not a title. */
const OPENING_QUOTATION = /^\s*(?:[“"]|'')/;

/** After the cue when a clause follows it; otherwise the clause before the source ("…, X said."). */
function claimForCue(text: string, source: Span, cue: Span): Span {
  const before = trimSpan(text, 0, source.start);
  const rest = text.slice(cue.end);
  const trailingSource =
    /[,”"]\s*$/.test(text.slice(0, source.start)) && !leadingDatePhraseEnd(text.slice(0, source.start));
  const quotedBefore =
    OPENING_QUOTATION.test(text) && QUOTATION_BEFORE_SOURCE.test(text.slice(0, source.start));
  const beforeText = text.slice(before.start, before.end);
  if (
    trailingSource &&
    hasWords(beforeText, 3) &&
    (quotedBefore || TRAILING_CUE_END.test(rest)) &&
    !isOpeningAdverbial(beforeText)
  ) {
    return before;
  }
  const skip = thatWithin(rest, 8) ?? AFTER_CUE.exec(rest)?.[0].length ?? 0;
  const after = trimSpan(text, cue.end + skip, text.length);
  if (hasWords(text.slice(after.start, after.end), 3)) return after;
  // "… hope that the council says yes": a source after a clause word opens a clause; what it says follows.
  if (CLAUSE_WORD_AT_END.test(text.slice(0, source.start)) && after.end > after.start) return after;
  return before;
}

/** What opens a sentence before its subject without being a claim: "During his years in office", "Lamenting their luck". */
const OPENING_ADVERBIAL =
  /^(?:In|During|As for|Asked|After|Before|Once|On|At|For|With|Despite|Since|[A-Z][a-z]+ing)\b/;

/** "During his years in office, Mr. Obama said, …": an opening phrase with no verb of its own is no claim. */
function isOpeningAdverbial(words: string): boolean {
  return OPENING_ADVERBIAL.test(words) && !/,/.test(words) && !containsFiniteVerb(words);
}

/** A word that opens a clause, just before a source: "… hope that the council says yes". */
const CLAUSE_WORD_AT_END = /\b(?:that|whether|if)\s+$/i;

/** "told reporters in Ankara that …", "quoted a military source as saying that …": the claim starts after "that". */
function thatWithin(text: string, maxWords: number): number | undefined {
  const match = thatPattern(maxWords).exec(text);
  // "said the port would reopen and warned that …": words with a verb of their own are the claim already.
  if (!match || /[,;:]/.test(match[1] ?? "") || AUXILIARY_WORD.test(match[1] ?? "")) return undefined;
  return match[0].length;
}

/** An auxiliary or a modal anywhere in some words: they have a verb of their own. */
const AUXILIARY_WORD = new RegExp(AUXILIARY_OR_MODAL.source.replace(/^\^/, "\\b").replace(/\$$/, "\\b"), "i");

const THAT_PATTERNS = new Map<number, RegExp>();

/** The pattern for "that" within `maxWords` words, compiled once per distance. */
function thatPattern(maxWords: number): RegExp {
  let pattern = THAT_PATTERNS.get(maxWords);
  if (!pattern) {
    pattern = new RegExp(`^((?:\\s+[\\w'’.-]+){0,${maxWords}}?)\\s+that\\s+`);
    THAT_PATTERNS.set(maxWords, pattern);
  }
  return pattern;
}

/** What trimSpan trims, one character at a time (made once: a pattern literal in a loop is a new object each time). */
const TRIMMED_AT_START = /[\s,“"‘]/;
const TRIMMED_AT_END = /[\s,.;:!?”"’]/;

/** Trims white space, quotation marks, commas and the final full stop from the ends of a span of `text`. */
function trimSpan(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && TRIMMED_AT_START.test(text[start] ?? "")) start++;
  while (end > start && TRIMMED_AT_END.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** "a report by the charity X", "a new study from Y": the document's author is the source. */
const DOCUMENT_BY =
  /^(?:an?|the)\s+(?:[\w-]+\s+)?(?:report|study|survey|statement|analysis|review|poll|paper|audit)\s+(?:by|from)\s+(\S.*)$/i;

/** The kind of source its words describe (a document by the source it names); a phrase no rule recognises counts as vague. */
export function classifySource(source: string): SourceKind {
  const author = DOCUMENT_BY.exec(source.trim())?.[1];
  if (author) return classifySource(author);
  return matchedSourceKind(source) ?? "vague";
}

function matchedSourceKind(source: string): SourceKind | null {
  return SOURCE_KIND_RULES.find((rule) => rule.pattern.test(source.trim()))?.kind ?? null;
}

const MODAL_WORDS = new Set("can could would will shall should may might must".split(" "));
const NEGATION_WORDS = new Set(["not", "never", "cannot"]);
/** Subjects between a modal and its verb in a question: "would you say", "will they vote". */
const QUESTION_SUBJECTS = new Set(["you", "he", "she", "they", "we", "i", "it"]);
/** Verbs before "to" that deny or hedge the report after them: "refused to say", "appeared to suggest". */
const NEGATING_CATENATIVES = /^(?:refus|declin|fail)/;
const HEDGING_CATENATIVES = /^(?:seem|appear|tr(?:y|ies|ied)|attempt)/;
/** Words of the verb group before a cue: auxiliaries, "to" after a catenative, adverbs ("has also said"). */
const VERB_GROUP_WORD =
  /^(?:has|have|had|do|does|did|is|are|was|were|be|been|being|also|still|ever|yet|just|even|so|far|again|sometimes|often|always|usually|soon|not|never|cannot|to|on|went|goes|go|going|gone|continu\w*|[a-z]+ly|[a-z]+n['’]t)$/;
const MAX_VERB_GROUP_WORDS = 6;

/**
 * Whether the verb group before the cue denies the report or leaves it unasserted (Attribution.modality):
 * "did not say", "won't comment", "has refused to say" are negated; "could call on", "will announce",
 * "appeared to suggest" modal. Read backwards from the cue over the verb group only, so a "not" in an
 * aside or an earlier clause does not count.
 */
function modalityBefore(text: string, cueStart: number, negativeVerb: boolean): Modality | undefined {
  if (negativeVerb) return "negated";
  const words = text
    .slice(Math.max(0, cueStart - 80), cueStart)
    .split(/\s+/)
    .reverse();
  let modality: Modality | undefined;
  const group = words.slice(1, MAX_VERB_GROUP_WORDS + 2);
  for (const [position, raw] of group.entries()) {
    // "Theresa May said", "Senator Will Hurd said": a capitalised word is a name, which ends the group;
    // but not the first word read, which may open the sentence ("Could he say …").
    if (/^[A-Z][a-z]/.test(raw) && position + 1 < words.length - 1) break;
    const word = verbGroupWord(group, position);
    if (word === "") break;
    // "would you say so?", "will they say so?": a question asks; it reports nothing.
    if (QUESTION_SUBJECTS.has(word) && MODAL_WORDS.has(verbGroupWord(group, position + 1)))
      return modality ?? "modal";
    const contraction = /['’](?:ll|re|ve|s|d|m)$/.exec(word);
    if (contraction) {
      if (contraction[0].endsWith("ll") && !modality) modality = "modal";
      break; // "She'll present": the subject ends the group
    }
    if (NEGATION_WORDS.has(word) || /n['’]t$/.test(word) || NEGATING_CATENATIVES.test(word)) {
      modality = "negated";
    } else if (MODAL_WORDS.has(word) || HEDGING_CATENATIVES.test(word)) {
      if (!modality) modality = "modal";
    } else if (!VERB_GROUP_WORD.test(word)) break;
  }
  return modality;
}

/** A word of the verb group, lower case, without the punctuation around it. */
function verbGroupWord(group: readonly string[], at: number): string {
  return (group[at] ?? "").toLowerCase().replace(/^[^a-z'’]+|[^a-z'’]+$/g, "");
}

/**
 * An attribution from spans relative to its sentence. A relative pronoun source ("who", "which") comes
 * with its `referent`: it is a pronoun that stands for that phrase, as "he" stands for the last name.
 */
export function makeAttribution(
  sentence: Sentence,
  spans: { source: Span; cue: Span; claim: Span; referent?: Span },
  tone?: CueTone,
  negativeVerb = false,
): Attribution {
  const sourceText = sentence.text.slice(spans.source.start, spans.source.end);
  const cueText = sentence.text.slice(spans.cue.start, spans.cue.end);
  const source = shifted(spans.source, sentence.start);
  const cue = shifted(spans.cue, sentence.start);
  const referent = spans.referent && sentence.text.slice(spans.referent.start, spans.referent.end);
  const modality =
    spans.source.start < spans.cue.start
      ? modalityBefore(sentence.text, spans.cue.start, negativeVerb)
      : negativeVerb
        ? "negated"
        : undefined;
  return {
    source: sourceText,
    sourceKind: referent ? "pronoun" : classifySource(sourceText),
    sourceSpan: source,
    resolvedSource: referent ?? null,
    ...(spans.referent ? { referentSpan: shifted(spans.referent, sentence.start) } : {}),
    cue: cueText,
    cueSpan: cue,
    cueTone: tone ?? REPORTING_VERBS[cueText.toLowerCase().replace(/\s+/g, " ")] ?? "neutral",
    claim: sentence.text.slice(spans.claim.start, spans.claim.end),
    claimSpan: shifted(spans.claim, sentence.start),
    sentence: sentence.index,
    start: Math.min(source.start, cue.start),
    end: Math.max(source.end, cue.end),
    ...(modality ? { modality } : {}),
  };
}
