/**
 * Attributions read over part-of-speech tags: a reporting verb is found by its lemma in the lexicon
 * (every inflection: "has said", "telling", "asked"), and its source is the noun phrase before it
 * (past an aside between commas: "Mike Pence, his Republican rival, said"), or after it when the verb
 * leads ("'…,' said the senator"), or, for a participle after a comma, the subject of the clause
 * ("…, adding that …"). This pass runs after the character rules and only adds what they missed.
 */
import { CALENDAR_WORD } from "./lexicon/months";
import {
  EVIDENCE_NOUNS,
  REPORTING_VERB_LEXICON,
  type ReportingVerb,
  STANCE_ADJECTIVES,
} from "./lexicon/reporting-verbs";
import type { Token } from "./nlp";
import { shifted } from "./spans";
import type { Span } from "./types";

const VERB_BY_LEMMA = new Map<string, ReportingVerb>(
  REPORTING_VERB_LEXICON.filter((verb) => !verb.lemma.includes(" ")).map((verb) => [verb.lemma, verb]),
);

/** Adjectives of belief and feeling ("was sure that", "are afraid that"), by word. */
const ADJECTIVE_BY_WORD = new Map(STANCE_ADJECTIVES.map((adjective) => [adjective.lemma, adjective]));

/**
 * Every form of a lexicon verb as a whole word ("say", "says", "said", "saying"; "testify", "testified";
 * "admit", "admitted"; "know", "known"; "thought"), or a light verb's phrase ("said it", "made the case"):
 * a sentence with none of them holds no reporting verb, and is not worth tagging. Whole words, not the
 * start of a word, so "same" or "Saturday" does not send a sentence to the tagger.
 */
const CANDIDATE = wholeWords(
  [...VERB_BY_LEMMA.values()].filter((verb) => !verb.near).flatMap(candidateWords),
);

/**
 * Verbs with a common physical sense ("attacked", "saw"), each with the words one of which it needs after
 * it to report ("as", "for"): a sentence is worth tagging for one only when both are in it.
 */
const CANDIDATES_NEEDING_WORDS = [...VERB_BY_LEMMA.values()]
  .filter((verb) => verb.near)
  .map((verb) => ({
    forms: wholeWords(candidateWords(verb)),
    near: nearWords(verb.near ?? []),
  }));

/** Any of `words` as a whole word, in any case; with `otherMarks`, any of those characters too. */
function wholeWords(words: readonly string[], flags = "i", otherMarks: readonly string[] = []): RegExp {
  return new RegExp([`\\b(?:${[...new Set(words)].join("|")})\\b`, ...otherMarks].join("|"), flags);
}

/** The `near` words as a pattern: letters as whole words, a quotation mark anywhere. */
function nearWords(words: readonly string[]): RegExp {
  const letters = words.filter((word) => /^[a-z]+$/.test(word));
  const marks = words.filter((word) => !/^[a-z]+$/.test(word));
  return wholeWords(letters, "i", marks);
}

/** A stance adjective as a whole word: worth tagging for only after "be" or an adverb ("was sure"). */
const STANCE_ADJECTIVE = wholeWords([...ADJECTIVE_BY_WORD.keys()], "gi");
/** Words after which a stance adjective is worth tagging for ("was sure", "weren't too concerned", "is also determined"); also any "-ly" adverb. */
const BEFORE_STANCE_ADJECTIVE = new Set(
  "is are was were be been being am s re not so too very more quite really also still never always all".split(
    " ",
  ),
);

/**
 * Whether a stance adjective follows "be", a word of degree or an adverb, with only spaces between
 * ("was sure", "clearly afraid"). Read back from each adjective: one alternation with "\w+ly" in it cost
 * more than every other pre-screen together.
 */
function holdsStanceAdjectiveAfterBe(sentence: string): boolean {
  for (const match of sentence.matchAll(STANCE_ADJECTIVE)) {
    let wordEnd = match.index;
    while (wordEnd > 0 && /\s/.test(sentence[wordEnd - 1] as string)) wordEnd--;
    if (wordEnd === match.index) continue;
    let wordStart = wordEnd;
    while (wordStart > 0 && /\w/.test(sentence[wordStart - 1] as string)) wordStart--;
    const word = sentence.slice(wordStart, wordEnd).toLowerCase();
    if (BEFORE_STANCE_ADJECTIVE.has(word) || (word.length > 2 && word.endsWith("ly"))) return true;
  }
  return false;
}

/**
 * The words that send a sentence to the tagger for a verb: its inflections, or for a light verb its
 * objects ("statement", "letter"; "put it"), so that "made" and "put" alone do not tag every sentence.
 */
function candidateWords(verb: ReportingVerb): string[] {
  if (!verb.objects) return inflections(verb);
  return verb.objects.flatMap((object) => {
    if (object === "it") return inflections(verb).map((form) => `${form} it`);
    // "made the case", "made it clear": idioms whose word alone is too common to tag a sentence for.
    if (object === "case") return inflections(verb).map((form) => `${form} the case`);
    if (object === "clear") return inflections(verb).flatMap((form) => [`${form} it clear`, `${form} clear`]);
    return [object];
  });
}

/** The regular inflections of a verb's lemma, its listed forms and its irregular ones (or only `onlyForms`). */
function inflections(verb: ReportingVerb): string[] {
  if (verb.onlyForms) return [...verb.onlyForms];
  const { lemma } = verb;
  const stem = lemma.replace(/(?:e|y)$/, "");
  const last = lemma.at(-1) ?? "";
  return [
    lemma,
    `${lemma}s`,
    `${lemma}es`,
    `${lemma}d`,
    `${lemma}ed`,
    `${lemma}ing`,
    `${stem}ing`,
    `${stem}ies`,
    `${stem}ied`,
    `${lemma}${last}ed`,
    `${lemma}${last}ing`,
    `${lemma}n`,
    ...verb.forms,
    ...(verb.irregular ?? []),
  ];
}

/** A dash after a closing quotation mark, or a capitalised label and a colon at the start: a speaker may be marked. */
const SPEAKER_MARK_HINT = /[”"]\s*[―—–-]|^\W{0,2}[A-Z]{2,}[A-Z .'’-]{0,40}:/;

/** Whether a sentence may hold a reporting verb of the lexicon or a marked speaker (cheap; the tagger decides). */
export function mayHoldReportingVerb(sentence: string): boolean {
  return (
    CANDIDATE.test(sentence) ||
    CANDIDATES_NEEDING_WORDS.some(({ forms, near }) => forms.test(sentence) && near.test(sentence)) ||
    holdsStanceAdjectiveAfterBe(sentence) ||
    SPEAKER_MARK_HINT.test(sentence)
  );
}

/** Dashes that put a speaker's name after a quotation: '“We deserve better.” ― Ana Ruiz'. */
const SPEAKER_DASHES = new Set(["―", "—", "–", "-", "--"]);
/** Capitalised words before a colon that head a section rather than name a speaker. */
const HEADING_LABELS = new Set(
  "update updated breaking watch note editor's correction clarification related read more photos photo video live exclusive analysis opinion listen warning".split(
    " ",
  ),
);
const MAX_SPEAKER_TOKENS = 4;
/** How a marked speaker reports: as plainly as "said". */
const SPEAKER_MARK: ReportingVerb = {
  lemma: "—",
  tone: "neutral",
  forms: [],
  plain: true,
};

/**
 * Speakers marked by punctuation instead of a verb: a name after a quotation and a dash ('“…” ― Ana
 * Ruiz'), and a transcript's capitalised label before a colon ("MORALES: We will …"). Offsets are
 * relative to `sentenceStart`.
 */
export function markedSpeakers(tokens: readonly Token[], sentenceStart: number): TaggedAttribution[] {
  const found = [speakerAfterQuote(tokens), transcriptLabel(tokens)].filter(
    (item): item is Omit<TaggedAttribution, "verb"> => item !== null,
  );
  return found.map((item) => ({
    source: shifted(item.source, -sentenceStart),
    cue: shifted(item.cue, -sentenceStart),
    claim: shifted(item.claim, -sentenceStart),
    verb: SPEAKER_MARK,
  }));
}

function speakerAfterQuote(tokens: readonly Token[]): Omit<TaggedAttribution, "verb"> | null {
  let last = tokens.length - 1;
  if (tokens[last]?.text === ".") last--;
  let first = last;
  while (first >= 0 && (tokens[first] as Token).pos === "PROPN" && last - first < MAX_SPEAKER_TOKENS) first--;
  const dash = tokens[first];
  const quote = tokens[first - 1];
  if (first === last || !dash || !quote || !SPEAKER_DASHES.has(dash.text) || !CLOSING_QUOTES.has(quote.text))
    return null;
  const words = tokens.slice(0, first - 1).filter((token) => token.pos !== "PUNCT");
  const claimFirst = words[0];
  const claimLast = words[words.length - 1];
  if (!claimFirst || !claimLast) return null;
  return {
    source: spanOf(tokens, { first: first + 1, last }),
    cue: dash,
    claim: { start: claimFirst.start, end: claimLast.end },
  };
}

function transcriptLabel(tokens: readonly Token[]): Omit<TaggedAttribution, "verb"> | null {
  const first = tokens[0]?.text === "“" || tokens[0]?.text === '"' ? 1 : 0;
  let colon = first;
  while (
    colon < tokens.length &&
    colon - first < MAX_SPEAKER_TOKENS &&
    isCapitalisedName(tokens[colon] as Token)
  )
    colon++;
  const mark = tokens[colon];
  // Most sentences have no label: that is settled before the rest of the tokens is copied.
  if (colon === first || mark?.text !== ":") return null;
  const rest = tokens.slice(colon + 1).filter((token) => token.pos !== "PUNCT");
  const claimFirst = rest[0];
  const claimLast = rest[rest.length - 1];
  if (!claimFirst || !claimLast) return null;
  const label = tokens.slice(first, colon).map((token) => token.normal);
  if (label.some((word) => HEADING_LABELS.has(word))) return null;
  return {
    source: spanOf(tokens, { first, last: colon - 1 }),
    cue: mark,
    claim: { start: claimFirst.start, end: claimLast.end },
  };
}

/** "PENCE", "DR. OKAFOR": a name written in capitals, as transcripts label their speakers. */
function isCapitalisedName(token: Token): boolean {
  return (token.pos === "PROPN" || token.pos === "NOUN") && /^[A-Z][A-Z.'’-]+$/.test(token.text);
}

/** Tags that may make up a noun phrase before its head: "the", "former", "Republican", "two", "'s". */
const PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const HEAD_TAGS = new Set(["NOUN", "PROPN", "PRON"]);
/** Pronouns that can say something (not "it" of the weather, not "this"). */
const SPEAKING_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you"]);
/** Quantifiers that stand for people when they are a verb's whole subject: "Some believe …", "all agreed". */
const QUANTIFIER_SPEAKERS = new Set(["some", "many", "others", "all", "both", "most", "several"]);
/** Pronouns for a person nobody names, which can speak too: "Then someone asked how …". */
const INDEFINITE_SPEAKERS = new Set(["someone", "somebody", "everyone", "everybody"]);
/** Words that continue a noun phrase across a preposition: "the head of the agency", "a spokesman for Ms. Lee". */
const PHRASE_PREPOSITIONS = new Set(["of", "for", "at", "from", "in"]);
/**
 * In the gap before a cue these mean it is not a report: an infinitive ("refused to say": "refused" is the
 * cue, if any) and a passive ("is said to", "were told"). Modals and negations ("would not say", "could
 * call on") are reports, flagged by makeAttribution (attributions.ts) so the quiz leaves them out.
 */
const NOT_A_REPORT_IN_GAP = new Set("to is are was were be been being 's 're 'm am get got gets".split(" "));
/**
 * Verbs that take the cue as an infinitive and keep its subject: "continues to insist", "appeared to
 * suggest", "went on to explain", "tried to make the case". The source is the subject of the first verb.
 */
const CATENATIVE_LEMMAS = new Set(["continue", "seem", "appear", "try", "go", "begin", "start", "attempt"]);
/** What may open the clause after a verb of belief: "believes that …", "thinks the plan …", "thinks he …". */
const CLAUSE_START_TAGS = new Set(["SCONJ", "PRON", "DET", "PROPN", "NUM"]);
/**
 * Relative pronouns that can be a cue's source: "an architect who said", "the EU, which contended that".
 * PolNeAR marks the pronoun itself as the source; the quiz reads it as its referent (like "he"). "which"
 * counts only for an organisation or a document (attributions.ts checks the referent's kind), so "the
 * plan, which tells you everything" reports nothing.
 */
const RELATIVE_PRONOUNS = new Set(["who", "which"]);
/** A preposition right after the verb makes it another sense: "rooms added to the school", "reported by users". */
const NOT_A_REPORT_AFTER = new Set(["to", "by", "into", "onto", "with", "of"]);
/** Before a noun phrase these make it no subject of the verb: "what X called", "which advocates say" keeps "advocates". */
const NAMING_WORDS = new Set(["what"]);
const LEADING_RELATIVES = new Set(["which", "whose", "what"]);
const MIN_PARTICIPLE_CLAIM_WORDS = 3;
/** Forms of evidence verbs that the tagger sometimes reads as nouns: "show", "shows", "finds". */
const EVIDENCE_VERB_FORMS = new Set(["show", "shows", "find", "finds", "indicate", "indicates"]);
/**
 * Words before a participle that make it report for the clause's subject: "…, adding that", "… and
 * saying", "… by telling them", "… before asking". "without saying" says nothing.
 */
const BEFORE_REPORTING_PARTICIPLE = new Set([",", "and", "by", "after", "before", "while", "when", "in"]);
const MAX_PHRASE_TOKENS = 12;
const MAX_ASIDE_TOKENS = 36;
const MAX_ASIDES = 3;
const CLOSING_QUOTES = new Set(["”", '"', "’", "'"]);
const SHOUTED = /^[A-Z]{2,}$/;
/** What opens the words a verb of sound reports: "chanted “…”", "yelled: …". */
const OPENING_WORDS = new Set(["“", '"', "‘", ":"]);

/** Spans relative to the sentence's start, for attributions.ts to turn into findings. */
export interface TaggedAttribution {
  source: Span;
  cue: Span;
  claim: Span;
  verb: ReportingVerb;
  /** For a relative pronoun source ("who", "which"), the phrase it stands for. */
  referent?: Span;
  /** Read as a clause of its own ("…, saying", "…, but X declined"): never inside another claim. */
  coordinate?: boolean;
  /**
   * For an infinitive or a gerund, the verb that governs it ("tried to say", "avoids saying"): even a
   * plain verb of speech there stays inside another source's claim ("Lee said he went there to tell them").
   */
  governed?: Span;
}

/**
 * Whether a source read back over characters holds a reporting verb of its own in the present ("Many
 * residents hope in 2027 the council says …": "hope" is a verb, so the council alone says), between
 * words of the source (not its head: "campaign-finance reports shows"), not a participle ("Protesters
 * marching …") or a name the tagger reads as a verb.
 */
export function holdsReportingVerb(tokens: readonly Token[], span: Span): boolean {
  return tokens.some(
    (token, at) =>
      token.start > span.start &&
      (tokens[at + 1]?.end ?? Number.POSITIVE_INFINITY) <= span.end &&
      !/^[A-Z]/.test(token.text) &&
      VERB_BY_LEMMA.has(token.lemma) &&
      isPresentVerb(token),
  );
}

/** "hopes", "says", "think": a verb in the present, which opens a clause of its own. */
export function isPresentVerb(token: Token): boolean {
  return token.pos === "VERB" && (token.normal === token.lemma || isThirdPersonForm(token));
}

/**
 * The attributions of one sentence that the tags show, except those whose cue overlaps `taken` (found
 * already by the character rules). Offsets in the result are relative to `sentenceStart`.
 */
export function attributionsOverTags(
  tokens: readonly Token[],
  sentenceStart: number,
  taken: readonly Span[],
  maxCues: number,
): TaggedAttribution[] {
  const found: TaggedAttribution[] = [];
  let examined = 0;
  for (let index = 0; index < tokens.length && examined < maxCues; index++) {
    const token = tokens[index] as Token;
    // Inside a quotation the words are the speaker's: "'I think it will pass,' she said" reports her, not "I".
    if (token.quoted) continue;
    const adjective = stanceAdjectiveOf(tokens, index);
    const verb =
      adjective ??
      (token.pos === "VERB" || isVerbTaggedAsNoun(tokens, index)
        ? VERB_BY_LEMMA.get(token.lemma)
        : (participleTaggedAsAdjective(tokens, index) ?? pastTaggedAsAdjective(tokens, index)));
    // "FELLOW DOCTORS DON'T WANT TO …": a line in capitals is a heading, and the tagger reads it poorly.
    if (!verb || SHOUTED.test(token.text)) continue;
    if (verb.onlyForms && !verb.onlyForms.includes(token.normal)) continue;
    examined++;
    if (taken.some((span) => span.start < token.end && token.start < span.end)) continue;
    const result = adjective
      ? stanceAdjectiveAt(tokens, index, adjective)
      : attributionAt(tokens, index, verb);
    if (!result) continue;
    const told = result.claim ?? claimOf(tokens, index, result.source, result.trailing);
    // "The board, which in March imposed new fees, said …": a relative clause's claim ends with the clause.
    const claim = result.referent ? endAtComma(tokens, told, true) : told;
    found.push({
      source: shifted(result.source, -sentenceStart),
      cue: shifted(token, -sentenceStart),
      claim: shifted(claim, -sentenceStart),
      verb,
      ...(result.referent ? { referent: shifted(result.referent, -sentenceStart) } : {}),
      ...(result.coordinate ? { coordinate: true } : {}),
      ...(result.governed ? { governed: shifted(result.governed, -sentenceStart) } : {}),
    });
  }
  return found;
}

function attributionAt(
  tokens: readonly Token[],
  index: number,
  verb: ReportingVerb,
): {
  source: Span;
  trailing: boolean;
  referent?: Span;
  claim?: Span;
  coordinate?: boolean;
  governed?: Span;
} | null {
  const cue = tokens[index] as Token;
  const next = tokens[index + 1];
  // "was first reported by The Washington Post", "a view echoed by every expert": the agent is the source.
  const passive = passiveAgent(tokens, index, verb);
  if (passive)
    return {
      source: spanOf(tokens, passive.agent),
      trailing: true,
      claim: passive.subject,
    };
  // "spoke emotionally of": an adverb may stand before the word the verb needs (not before "to": "shares
  // declined sharply to $5").
  const afterAdverb =
    tokens[index + 1]?.pos === "ADV" || CALENDAR_WORD.test(tokens[index + 1]?.text ?? "")
      ? tokens[index + 2]
      : undefined;
  const word = afterAdverb && afterAdverb.normal !== "to" ? afterAdverb : next;
  const allowedAfter =
    word !== undefined &&
    (verb.after?.includes(word.normal) === true || verb.only?.includes(word.normal) === true);
  if (verb.only && !allowedAfter) return null;
  if (verb.objects && !hasObject(tokens, index, verb.objects)) return null;
  // "Burman said of the plan": after a plain verb of saying, "of" gives the topic, not another sense.
  const topic = (verb.plain || TOPIC_OF_VERBS.has(verb.lemma)) && next?.normal === "of";
  if (next && NOT_A_REPORT_AFTER.has(next.normal) && !allowedAfter && !topic) return null;
  if (next && verb.unless?.includes(next.normal)) return null;
  // "a man who said and did the same things", "then state and local leaders": no words of its own.
  if (next?.pos === "CCONJ") return null;
  if (verb.near && !nearWord(tokens, index, verb.near)) return null;
  if (verb.lemma === "call" && namesAThing(tokens, index)) return null;
  // "…, The Gazette has learned.", "that is what the campaign hopes.": the clause came first.
  const endsSentence = closesReportedClause(tokens, index);
  if (verb.clause && !allowedAfter && !endsSentence && !opensClause(tokens, index + 1)) return null;
  // "Farmers reported losses" is no report, but a name or a pronoun reports: "They described crass behaviour".
  const needsThat = verb.ambiguous === true && next?.normal !== "that" && next?.text !== ":";
  const before = skipCatenative(tokens, skipGap(tokens, index - 1));
  const ing = /ing$/.test(cue.normal);
  for (let at = before + 1; at < index; at++) {
    const gap = tokens[at] as Token;
    if (gap.pos === "VERB" && CATENATIVE_LEMMAS.has(gap.lemma)) {
      // "continues to", "went on to": the "to" after a catenative verb is no infinitive of the source's.
      while (at + 1 < index && (tokens[at] as Token).normal !== "to") at++;
      continue;
    }
    // A form of "be" before a past participle is a passive ("is said to"); before "-ing" a progressive ("is saying").
    // "he's sought to", "who's called for": "'s" is "has" before the word the verb needs, no passive.
    // So before a preposition other than "to" or "by" ("who's called for"), or "that" ("he's said that"),
    // unless an impersonal subject makes it "is" ("It's expected that …").
    const perfect =
      gap.normal === "'s" &&
      (allowedAfter ||
        (!IMPERSONAL.has(tokens[at - 1]?.normal ?? "") &&
          (next?.normal === "that" ||
            (next?.pos === "ADP" && next.normal !== "to" && next.normal !== "by"))));
    if (NOT_A_REPORT_IN_GAP.has(gap.normal) && !(ing && gap.lemma === "be") && !perfect) return null;
  }
  // "Stumpf tried on Tuesday to make the case", "forced the banker to admit": an infinitive reports for
  // whoever the verb governing it has do it.
  if (tokens[before]?.normal === "to" && !ing && !verb.evidence && !verb.quoting) {
    const governor = infinitiveGovernor(tokens, before);
    if (!governor || (needsThat && !opensClause(tokens, index + 1))) return null;
    return {
      source: asSpan(tokens, governor.subject),
      trailing: false,
      governed: tokens[governor.verb] as Token,
    };
  }
  if (before >= 0 && NOT_A_REPORT_IN_GAP.has((tokens[before] as Token).normal)) return null;
  // "Sanders said, going on to say that …": after a comma, "going on to" reports as "saying" would.
  const catenative = tokens[before + 1];
  const goingOn =
    before + 1 < index &&
    catenative?.pos === "VERB" &&
    CATENATIVE_LEMMAS.has(catenative.lemma) &&
    /ing$/.test(catenative.normal);
  if (tokens[before]?.text === "," && goingOn) {
    const subject =
      wordsAfter(tokens, index, MIN_PARTICIPLE_CLAIM_WORDS) >= MIN_PARTICIPLE_CLAIM_WORDS &&
      participleSubject(tokens, before);
    return subject && !verb.evidence ? { source: subject, trailing: false, coordinate: true } : null;
  }
  const progressive = gapHasBe(tokens, before + 1, index);
  if (ing && !progressive) {
    const saysSomething = wordsAfter(tokens, index, MIN_PARTICIPLE_CLAIM_WORDS) >= MIN_PARTICIPLE_CLAIM_WORDS;
    // "Claiming the race was rigged, Trump told …", "After saying …, she left": the main clause's subject
    // (an ambiguous verb such as "claim" needs a clause after it: not "Reporting losses, the firm …").
    if (opensTheSentence(tokens, before)) {
      if (needsThat && !opensClause(tokens, index + 1)) return null;
      const subject = subjectAfterOpeningClause(tokens, index);
      return subject && saysSomething && !verb.evidence ? { source: subject, trailing: false } : null;
    }
    if (needsThat && !opensClause(tokens, index + 1)) return null;
    // "footage of Trump saying …": the person shown speaking.
    const shown = speakerShown(tokens, index);
    if (shown && saysSomething && verb.plain) return { source: shown, trailing: false };
    // "The council issued a statement calling …", "Trump posted tweets saying …": whoever issued it.
    const message = messageBefore(tokens, index);
    const sender = message === -1 ? null : senderOf(tokens, message);
    if (sender && saysSomething && !verb.evidence) return { source: spanOf(tokens, sender), trailing: false };
    // "The two leaders met, each praising the other": "each" after a comma speaks for itself.
    const distributive = tokens[before - 1]?.text === "," && DISTRIBUTIVES.has(tokens[before]?.normal ?? "");
    if (distributive && saysSomething) return { source: tokens[before] as Token, trailing: false };
    // "…, each touting their record and saying …": a participle after "and" shares the first one's "each".
    const shared = tokens[before]?.normal === "and" ? distributiveBefore(tokens, before) : -1;
    if (shared !== -1 && saysSomething) return { source: tokens[shared] as Token, trailing: false };
    // "…, with analysts predicting a rise": the phrase after "with" does what its participle says.
    const absolute = phraseAfterWith(tokens, before);
    if (absolute && saysSomething) return { source: spanOf(tokens, absolute), trailing: false };
    // "Trump avoids condemning …", "stopped short of calling …": the gerund is the governing verb's subject's.
    const governor = gerundGovernor(tokens, before);
    if (governor && saysSomething && !verb.evidence)
      return {
        source: asSpan(tokens, governor.subject),
        trailing: false,
        governed: tokens[governor.verb] as Token,
      };
    // "Video surfaced showing …", "A photo emerged on Friday showing …": the evidence that came to light.
    const surfaced = verb.evidence ? evidenceBeforeVerb(tokens, before) : null;
    if (surfaced && saysSomething) return { source: spanOf(tokens, surfaced), trailing: false };
    // "Ryan, despite admitting that …", "aside from saying …", "was criticized for saying …".
    const afterPreposition = gerundAfterPreposition(tokens, before);
    const quotes = !verb.quoting || quotationOpensAt(tokens, index + 1);
    if (afterPreposition && saysSomething && !verb.evidence && quotes) {
      // "despite admitting that he had doubts, backed …": the phrase's claim ends at its comma.
      const told = claimOf(tokens, index, afterPreposition, false);
      const claim = tokens[before]?.normal === "for" ? told : endAtComma(tokens, told);
      return { source: afterPreposition, trailing: false, coordinate: true, claim };
    }
    // "tweets accusing X" is no report; "…, saying", "… and saying", "… by saying" report for the clause's subject.
    if (!BEFORE_REPORTING_PARTICIPLE.has(tokens[before]?.normal ?? "") && !afterQuotedWords(tokens, before))
      return null;
    if (verb.quoting && !quotationOpensAt(tokens, index + 1)) return null;
    const subject = participleSubject(tokens, before);
    // "…, arguing that …" after the main clause is a report of its own, not part of the main verb's claim.
    const coordinate = tokens[before]?.text === ",";
    return subject && saysSomething && !verb.evidence
      ? { source: subject, trailing: false, coordinate }
      : null;
  }
  // "Cruz urged them to vote and said …", "… praised the plan but warned …": the second verb shares the
  // clause's subject.
  if (tokens[before]?.normal === "and" || tokens[before]?.normal === "but") {
    // "… demonstrators, who have taken to the streets and called for …": the relative pronoun's verb.
    const relative = relativeClauseBefore(tokens, before);
    if (relative)
      return {
        source: spanOf(tokens, relative),
        trailing: false,
        referent: spanOf(tokens, relative.referent as Phrase),
      };
    const subject =
      subjectInTense(tokens, before, index) ??
      sentenceSubject(tokens, before) ??
      clauseSubject(tokens, before);
    // "Residents said they want a park, but pledged to …": after a comma, the main clause goes on.
    const coordinate = tokens[before - 1]?.text === ",";
    return subject && !verb.evidence && !needsThat ? { source: subject, trailing: false, coordinate } : null;
  }
  const phrase =
    subjectWithRelativeClause(tokens, before) ?? phraseEndingAt(tokens, reducedRelativeStart(tokens, before));
  if (phrase && fits(verb, phrase, tokens, next?.normal === "that") && isSubject(tokens, phrase, verb, cue)) {
    const first = tokens[phrase.first - 1];
    if (needsThat && !namesSomeone(tokens[phrase.last] as Token) && !opensClause(tokens, index + 1))
      return null;
    if (verb.quoting && !quotationOpensAt(tokens, index + 1) && !CLOSING_QUOTES.has(first?.text ?? "")) {
      const beforeComma = tokens[phrase.first - 2];
      if (!(first?.text === "," && CLOSING_QUOTES.has(beforeComma?.text ?? ""))) return null;
    }
    return {
      source: spanOf(tokens, phrase),
      trailing:
        !phrase.referent &&
        (endsSentence || (isClaimBefore(tokens, phrase.first - 1) && !complementFollows(tokens, index))),
      ...(phrase.referent ? { referent: spanOf(tokens, phrase.referent) } : {}),
      // "…, and the court declined to …", "but analysts agreed …": a clause of its own, in nobody's claim.
      coordinate: first?.pos === "CCONJ",
    };
  }
  // "A Quinnipiac poll released in late August found": the document, with what is said of it.
  const document = verb.evidence ? documentPhraseBefore(tokens, before) : null;
  // "…, a USA TODAY analysis of campaign filings shows.": a document after a comma that ends the sentence
  // reports the clause before it.
  if (document && isSubject(tokens, document, verb, cue)) {
    const trailing = tokens[document.first - 1]?.text === "," && closesSentence(tokens, index);
    return { source: spanOf(tokens, document), trailing };
  }
  // "'…,' said X" and, opening a sentence, "Said Ellis: …"; after a quotation or a comma, any verb of
  // speech before a name that ends the sentence: "…, noted NBC's Dante Chinni."
  const afterMark = before >= 0 && isQuoteOrComma(tokens[before] as Token);
  if ((before < 0 && verb.inverts) || afterMark) {
    const after = phraseStartingAt(tokens, index + 1);
    // "…, said members will help": a phrase with its own verb after it is the subject of the claim.
    const verbAfter = after && /^(?:VERB|AUX)$/.test(tokens[after.last + 1]?.pos ?? "");
    if (
      after &&
      !verbAfter &&
      fits(verb, after, tokens, false) &&
      (verb.inverts || invertsBeforeName(tokens, after, verb))
    )
      return { source: spanOf(tokens, after), trailing: true };
  }
  return null;
}

/** Tags that open an adverbial, not a claim, when a single comma closes them: "At the debate,", "After he spoke,". */
const ADVERBIAL_OPENING_TAGS = new Set(["ADP", "SCONJ", "VERB"]);

/**
 * Whether the words before the mark at `mark` (a comma or a closing quotation mark right before the
 * source) are a claim told before its source ("Costs will rise, she said", "“…,” Lee added"), not an
 * opening adverbial ("Instead, it voted", "At the debate, Lee cited …", "Campaigning in Ohio, he
 * mentioned …"): a quotation, or words with a verb of their own that do not open as an adverbial does.
 */
function isClaimBefore(tokens: readonly Token[], mark: number): boolean {
  const token = tokens[mark];
  if (!token || (token.text !== "," && !CLOSING_QUOTES.has(token.text))) return false;
  if (CLOSING_QUOTES.has(token.text) || CLOSING_QUOTES.has(tokens[mark - 1]?.text ?? "")) return true;
  const before = tokens.slice(0, mark);
  if (!before.some((word) => word.pos === "VERB" || word.pos === "AUX")) return false;
  const oneChunk = !before.some((word) => word.text === "," && !word.quoted);
  return !(oneChunk && ADVERBIAL_OPENING_TAGS.has(before[0]?.pos ?? ""));
}

/**
 * Whether what the cue reports follows it: "that", a colon, "to" and a verb, or a clause with its own
 * verb. Then a comma before the source closes an opening adverbial ("Instead, it voted to keep …",
 * "On Monday, she said the plan …"), not a claim told before a trailing source ("…, she said.").
 */
function complementFollows(tokens: readonly Token[], cue: number): boolean {
  const next = tokens[cue + 1];
  if (!next) return false;
  if (next.normal === "that" || next.text === ":") return true;
  if (next.normal === "to") return tokens[cue + 2]?.pos === "VERB";
  return next.pos !== "SCONJ" && opensClause(tokens, cue + 1);
}

/** How far back from an infinitive's "to" the verb governing it is looked for: "took to Twitter overnight to". */
const MAX_INFINITIVE_GAP = 8;
/** What may stand between a verb and the infinitive it governs: its object, an adverbial, "able". */
const INFINITIVE_GAP_TAGS = new Set(["ADV", "ADJ", "NOUN", "PROPN", "DET", "NUM", "ADP", "PART"]);
/** Verbs whose object does what the infinitive says: "forced the banker to admit", "gave him a chance to reply". */
const OBJECT_CONTROL = new Set(
  "force lead prompt push encourage persuade cause invite drive inspire pressure compel give".split(" "),
);
/** "how to make the case", "whether to say": a question word opens a clause of its own. */
const QUESTION_WORDS = new Set(["how", "what", "whether", "when", "where", "why", "who", "which"]);
/** "cares enough to respond", "too tired to say": a degree, not what anyone set out to do. */
const DEGREE_WORDS = new Set(["enough", "too"]);

/**
 * Who does what an infinitive says: the subject of the verb governing it ("Lee tried on Tuesday to make
 * the case", "Lee needs to tell", "Lee was able to tout") or, after "force", "lead" and the like, that
 * verb's object ("forced the banker to admit"). Null when the governing verb reports itself ("refused to
 * say": "refused" is the cue), for "be" ("the aim is to tell"), an impersonal subject ("it is hard to say")
 * or when no verb comes first.
 */
function infinitiveGovernor(tokens: readonly Token[], to: number): Governor | null {
  for (let at = to - 1; at >= 0 && to - at <= MAX_INFINITIVE_GAP; at--) {
    const token = tokens[at] as Token;
    if (token.quoted || QUESTION_WORDS.has(token.normal) || DEGREE_WORDS.has(token.normal)) return null;
    // "was able to", "has yet to", "won't be able to": only an adjective or an adverb after the auxiliary.
    if (token.pos === "AUX")
      return at < to - 1 && onlyModifiersBetween(tokens, at, to)
        ? governedBy(at, subjectOf(tokens, at))
        : null;
    if (token.pos === "VERB") {
      // "is determined to warn", "was dragged before the panel to defend": a passive or an adjective.
      const passive = gapHasBe(tokens, skipGap(tokens, at - 1) + 1, at);
      if (VERB_BY_LEMMA.has(token.lemma) || token.lemma === "be" || /ing$/.test(token.normal) || passive)
        return null;
      const object = phraseEndingAt(tokens, to - 1);
      // "gathered Friday to discuss", "met last week to discuss": a time, not an object.
      const hasObject =
        object !== null && object.first === at + 1 && !isTimeWord(tokens[object.last] as Token);
      if (OBJECT_CONTROL.has(token.lemma)) return hasObject ? governedBy(at, object) : null;
      // "used blunt language to denounce" is done by the subject; "hired Lee to explain", "requires
      // candidates to disclose" by whoever is hired or required.
      if (hasObject && !isSingularThing(tokens[object.last] as Token)) return null;
      return governedBy(at, subjectOf(tokens, at));
    }
    if (!INFINITIVE_GAP_TAGS.has(token.pos)) return null;
  }
  return null;
}

/** A verb that governs an infinitive or a gerund ("tried to say", "avoids saying"), and who does it. */
interface Governor {
  verb: number;
  subject: Phrase | Span;
}

function governedBy(verb: number, subject: Phrase | Span | null): Governor | null {
  return subject ? { verb, subject } : null;
}

const TIME_NOUNS = new Set(
  "day week month year night morning afternoon evening weekend today yesterday".split(" "),
);

function isTimeWord(head: Token): boolean {
  return CALENDAR_WORD.test(head.text) || TIME_NOUNS.has(head.normal);
}

function isSingularThing(head: Token): boolean {
  return head.pos === "NOUN" && head.normal === head.lemma;
}

function onlyModifiersBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++)
    if (!/^(?:ADJ|ADV|PART)$/.test((tokens[at] as Token).pos)) return false;
  return true;
}

/** "each" and "both" as the subject of a participle after a comma: "…, each touting their record". */
const DISTRIBUTIVES = new Set(["each", "both"]);

/** Verbs that leave someone doing something: "had Republicans wondering", "left analysts asking". */
const LEAVING_LEMMAS = new Set(["have", "leave", "keep", "set", "send", "get"]);

/**
 * The speaker or the poll ending at `last` when "with" (or "had", "left" …) opens its phrase: "with Russia backing the
 * government", "with analysts predicting …", "with the latest poll showing …"; not "with softer language
 * calling for …" (a message, whose sender speaks).
 */
function phraseAfterWith(tokens: readonly Token[], last: number): Phrase | null {
  const phrase = phraseEndingAt(tokens, last);
  const opener = phrase && tokens[phrase.first - 1];
  const opens =
    opener?.normal === "with" ||
    (/^(?:VERB|AUX)$/.test(opener?.pos ?? "") && LEAVING_LEMMAS.has(opener?.lemma ?? ""));
  if (!phrase || phrase.referent || !opens) return null;
  const head = tokens[phrase.last] as Token;
  return EVIDENCE_NOUNS.has(head.normal) || !isSingularThing(head) ? phrase : null;
}

/** Words between a verb and a gerund it governs: "stopped short of", "steering clear of", "tire of". */
const MAX_GERUND_GAP = 3;

/**
 * The subject of the verb that governs a gerund at `before` + 1: "Trump avoids condemning", "stopped
 * short of calling", "could not resist pointing out". Null when that verb reports itself ("recalls
 * hearing") or is "be" (a progressive is read elsewhere).
 */
function gerundGovernor(tokens: readonly Token[], before: number): Governor | null {
  const next = tokens[before];
  if (!next) return null;
  let at = before;
  if (next.normal === "of") {
    at = before - 1;
    while (at >= 0 && before - at <= MAX_GERUND_GAP && tokens[at]?.pos !== "VERB") {
      if (!/^(?:ADV|ADJ|NOUN)$/.test((tokens[at] as Token).pos)) return null;
      at--;
    }
  }
  const governing = tokens[at];
  if (governing?.pos !== "VERB" || VERB_BY_LEMMA.has(governing.lemma) || governing.lemma === "be")
    return null;
  return governedBy(at, subjectOf(tokens, at));
}

/**
 * The subject right before the verb at `verbAt` (past its auxiliaries, adverbs and a catenative verb:
 * "never seem to tire of telling"), when it can speak; for a verb after "and" or "but", the subject of
 * the sentence ("…, but stopped short of calling").
 */
function subjectOf(tokens: readonly Token[], verbAt: number): Phrase | Span | null {
  const end = skipCatenative(tokens, skipGap(tokens, verbAt - 1));
  const joining = tokens[end]?.normal;
  if (joining === "and" || joining === "but") return sentenceSubject(tokens, end);
  const phrase = phraseEndingAt(tokens, end);
  if (!phrase) return null;
  const head = tokens[phrase.referent ? phrase.first : phrase.last] as Token;
  if (head.pos === "PRON" && IMPERSONAL.has(head.normal) && !phrase.referent) return null;
  // "said he went there to tell", "what kind of person gets up to send": an object or a question, no subject.
  const before = tokens[phrase.first - 1];
  return before?.pos === "VERB" || before?.normal === "to" || QUESTION_WORDS.has(before?.normal ?? "")
    ? null
    : phrase;
}

export type Tense = "past" | "present";

/**
 * A verb's tense when it is finite: "said", "urged" past, "says" present; null for an infinitive, a
 * participle, a verb after an auxiliary ("would act", "had urged") or a base form ("they want").
 */
export function finiteTense(tokens: readonly Token[], at: number): Tense | null {
  const token = tokens[at] as Token;
  const before = tokens[at - 1];
  if (token.pos !== "VERB" || before?.pos === "AUX" || before?.normal === "to" || /ing$/.test(token.normal))
    return null;
  if (token.normal === token.lemma) return null;
  return /s$/.test(token.normal) &&
    token.normal.startsWith(token.lemma.slice(0, -1)) &&
    !/ed$/.test(token.normal)
    ? "present"
    : "past";
}

/**
 * The subject of the nearest verb before `and` in the tense of the verb after it: in "… after he asked
 * Clinton about her emails and decided against …", "decided" goes with "asked" (he), not with the main
 * clause; in "Lee said the city would act and urged calm", with "said" ("would act" has no tense of its
 * own). Null when no verb before has that tense, or that verb has no subject before it.
 */
function subjectInTense(tokens: readonly Token[], and: number, cue: number): Span | null {
  const tense = finiteTense(tokens, firstVerbAfter(tokens, and, cue));
  if (tense === null) return null;
  for (let at = and - 1; at >= 0; at--) {
    const token = tokens[at] as Token;
    if (token.quoted || token.pos !== "VERB" || finiteTense(tokens, at) !== tense) continue;
    const phrase = phraseEndingAt(tokens, skipGap(tokens, at - 1));
    const before = phrase && tokens[phrase.first - 1];
    return phrase && before?.pos !== "VERB" ? spanOf(tokens, phrase.referent ?? phrase) : null;
  }
  return null;
}

/** The first verb after `from` up to the cue: "seemed" in "and seemed to think". */
function firstVerbAfter(tokens: readonly Token[], from: number, cue: number): number {
  for (let at = from + 1; at < cue; at++) if ((tokens[at] as Token).pos === "VERB") return at;
  return cue;
}

/**
 * Who speaks in a participle after `before` (a comma, "and", "by" …): the speaker of an inverted report
 * ('“…,” said Lee, adding …'), the reporter of "…, Lee said, adding …", else the subject of the sentence
 * or of the clause before.
 */
function participleSubject(tokens: readonly Token[], before: number): Span | null {
  return (
    invertedSpeaker(tokens, before) ??
    reporterBefore(tokens, before) ??
    sentenceSubject(tokens, before) ??
    clauseSubject(tokens, before)
  );
}

/** The evidence that is the subject of a verb in "-ed" at `verb`: "Video surfaced", "a photo emerged". */
function evidenceBeforeVerb(tokens: readonly Token[], verb: number): Phrase | null {
  const token = tokens[verb];
  if (token?.pos !== "VERB" || !/ed$/.test(token.normal)) return null;
  const phrase = phraseEndingAt(tokens, verb - 1);
  return phrase && !phrase.referent && EVIDENCE_NOUNS.has((tokens[phrase.last] as Token).normal)
    ? phrase
    : null;
}

/** How far back from "and" the first participle of ", each …ing … and …ing" may be. */
const MAX_PARTICIPLE_PHRASE_TOKENS = 10;

/** Where "each" or "both" is in ", each touting their record and": before the participle that "and" continues, or -1. */
function distributiveBefore(tokens: readonly Token[], and: number): number {
  for (let at = and - 1; at > 1 && and - at <= MAX_PARTICIPLE_PHRASE_TOKENS; at--) {
    const token = tokens[at] as Token;
    if (token.pos === "PUNCT" || token.pos === "SCONJ") return -1;
    if (token.pos !== "VERB" || !/ing$/.test(token.normal)) continue;
    const each = tokens[at - 1] as Token;
    return tokens[at - 2]?.text === "," && DISTRIBUTIVES.has(each.normal) ? at - 1 : -1;
  }
  return -1;
}

/** Words before "from" that make it take a gerund of the clause's subject: "aside from saying". */
const BEFORE_FROM = new Set(["aside", "apart"]);

/**
 * Who speaks in a gerund after a preposition that takes one: the subject of the clause after
 * "despite" or "aside from" ("Ryan, despite admitting that …, backed", "The mayor refused …, aside
 * from saying …"); after "for", the subject of the verb before it ("was criticized for saying …",
 * "apologized for saying …"), or its object when one comes between ("praised Kim for saying …": Kim).
 */
function gerundAfterPreposition(tokens: readonly Token[], before: number): Span | null {
  const preposition = tokens[before];
  // "the Pontifical Council for Promoting Christian Unity": a capitalised gerund is part of a name.
  if (/^[A-Z]/.test(tokens[before + 1]?.text ?? "")) return null;
  if (preposition?.normal === "for") {
    const previous = tokens[before - 1];
    // "could be forgiven for believing": the subject right before the verb ("being punished for" has none).
    if (previous?.pos === "VERB") {
      const subject = phraseEndingAt(tokens, skipGap(tokens, before - 2));
      return subject ? spanOf(tokens, subject.referent ?? subject) : null;
    }
    const object = previous && phraseEndingAt(tokens, before - 1);
    const verb = object && !object.referent ? tokens[object.first - 1] : undefined;
    return object && verb?.pos === "VERB" ? spanOf(tokens, object) : null;
  }
  const despite = preposition?.normal === "despite";
  const asideFrom = preposition?.normal === "from" && BEFORE_FROM.has(tokens[before - 1]?.normal ?? "");
  if (!despite && !asideFrom) return null;
  const start = despite ? before : before - 1;
  if (tokens[start - 1]?.text !== ",") return sentenceSubject(tokens, start);
  // "Ryan, despite admitting …, backed": an aside right after the subject that opens the sentence (past
  // an aside of its own: "Paul Ryan, R-Wis., despite admitting").
  const subject = phraseEndingAt(tokens, start - 2) ?? phraseEndingAt(tokens, start - 1);
  if (subject && !subject.referent && (subject.first === 0 || tokens[subject.first - 1]?.pos === "PUNCT"))
    return spanOf(tokens, subject);
  return nearestSubject(tokens, start - 1);
}

/** The subject of the nearest verb before `before` that has one: "…, but he refuses to discuss it, aside from …": he. */
function nearestSubject(tokens: readonly Token[], before: number): Span | null {
  for (let at = before - 1; at > 0; at--) {
    const token = tokens[at] as Token;
    if (token.quoted || (token.pos !== "VERB" && token.pos !== "AUX")) continue;
    const phrase = phraseEndingAt(tokens, skipGap(tokens, at - 1));
    if (phrase) return spanOf(tokens, phrase.referent ?? phrase);
  }
  return null;
}

/** How far back from an "and" a relative clause's "who" is looked for. */
const MAX_RELATIVE_CLAUSE_TOKENS = 20;

/**
 * The "who" (with what it stands for) whose clause an "and" continues: in "…, who have taken to the
 * streets and called for …", "called" is the relative clause's second verb. Null when a comma, a
 * quotation or another clause word comes first.
 */
function relativeClauseBefore(tokens: readonly Token[], and: number): Phrase | null {
  let hasVerb = false;
  for (let at = and - 1; at >= 0 && and - at <= MAX_RELATIVE_CLAUSE_TOKENS; at--) {
    const token = tokens[at] as Token;
    if (token.quoted || (token.pos === "PUNCT" && token.text !== "-") || token.pos === "SCONJ") return null;
    if (token.normal === "who" && token.pos === "PRON") {
      const phrase = hasVerb ? phraseEndingAt(tokens, at) : null;
      return phrase?.referent ? phrase : null;
    }
    hasVerb ||= token.pos === "VERB";
  }
  return null;
}

/** How far back a document's head may be from its evidence verb: "poll released in late August found". */
const MAX_DOCUMENT_TOKENS = 14;
/** Words after a document's head that say more about it: "released", "by", "of", "being released". */
const AFTER_DOCUMENT = new Set(["by", "of", "from", "in", "being", "on"]);

/**
 * An evidence verb's source that goes on after its head: "A GAO report released last year found",
 * "Video of the incident shows", "An exhaustive study being released on Tuesday by researchers shows",
 * "Recent polls in Pennsylvania and Virginia have shown". The phrase runs from the document's noun
 * phrase to the verb; the head must be a document with a modifier, or one followed by "of"/"by"/"from".
 */
function documentPhraseBefore(tokens: readonly Token[], before: number): Phrase | null {
  for (let at = before; at >= 0 && before - at <= MAX_DOCUMENT_TOKENS; at--) {
    const token = tokens[at] as Token;
    if (
      token.quoted ||
      token.pos === "SCONJ" ||
      (token.pos === "PUNCT" && !INSIDE_ASIDE_MARKS.has(token.text))
    )
      return null;
    if (at === before || !EVIDENCE_NOUNS.has(token.normal)) continue;
    const next = tokens[at + 1] as Token;
    const participle = next.pos === "VERB" && /(?:ed|en)$/.test(next.normal);
    if (!participle && !AFTER_DOCUMENT.has(next.normal)) continue;
    let first = at;
    // "leaked documents from …": an "-ed" modifier opens the phrase too.
    while (first > 0 && (isPhraseTag(tokens[first - 1]) || isVerbInPhrase(tokens, first - 1))) first--;
    // "photos and videos from the ground showed": the videos are half of the source.
    if (tokens[first - 1]?.pos === "CCONJ") return null;
    // "Research conducted by the institute found": who made it makes it specific.
    const byAfter = participle && tokens[at + 2]?.normal === "by";
    const specific =
      first < at || byAfter || next.normal === "of" || next.normal === "by" || next.normal === "from";
    // "The average of polls taken over two weeks shows": a bare document inside the source; read on back.
    if (specific) return { first, last: before };
  }
  return null;
}

/** Verbs whose passive with "by" is mostly another sense: "rooms added by", "troops supported by artillery". */
const OTHER_SENSE_IN_PASSIVE = new Set(["add", "maintain", "back"]);
/** Who can support a candidate or a plan in a passive: "supported by 42 percent of voters", "by most papers". */
const SUPPORTERS = new Set(
  "percent voters leaders members publications papers newspapers lawmakers groups unions majority residents experts respondents parties states countries coalition".split(
    " ",
  ),
);

/** Verbs of telling that take their topic with "of" as "say" does: "Clarke recalled of the hearing", "she joked of it". */
const TOPIC_OF_VERBS = new Set(["recall", "joke", "warn", "boast", "complain"]);

/** '“…,” said Caddell, speaking of …': the speaker named after an inverted verb, just before the comma. */
function invertedSpeaker(tokens: readonly Token[], comma: number): Span | null {
  if (tokens[comma]?.text !== ",") return null;
  const phrase = phraseEndingAt(tokens, comma - 1);
  const verb = phrase && !phrase.referent ? tokens[phrase.first - 1] : undefined;
  if (!phrase || verb?.pos !== "VERB" || VERB_BY_LEMMA.get(verb.lemma)?.inverts !== true) return null;
  return isQuoteOrComma(tokens[phrase.first - 2] ?? verb) ? spanOf(tokens, phrase) : null;
}

/** Words between a reporting verb and the comma before a participle: "told the crowd, reciting …". */
const OBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP", "ADV"]);
const MAX_OBJECT_TOKENS = 6;

/**
 * "Costs will rise, she said, suggesting …", "…, Trump told the crowd, reciting …": the subject of the
 * reporting verb that ends the clause before the comma, whatever the sentence opened with.
 */
function reporterBefore(tokens: readonly Token[], comma: number): Span | null {
  if (tokens[comma]?.text !== ",") return null;
  for (let at = comma - 1; at >= 0 && comma - at <= MAX_OBJECT_TOKENS + 1; at--) {
    const token = tokens[at] as Token;
    if (token.quoted) return null;
    if (token.pos === "VERB") {
      const reporting = VERB_BY_LEMMA.get(token.lemma);
      if (!reporting || reporting.evidence) return null;
      const phrase = phraseEndingAt(tokens, skipGap(tokens, at - 1));
      const opens = phrase && isQuoteOrComma(tokens[phrase.first - 1] ?? token);
      return phrase && opens ? spanOf(tokens, phrase.referent ?? phrase) : null;
    }
    if (!OBJECT_TAGS.has(token.pos)) return null;
  }
  return null;
}

/** How far back from the cue a source's relative clause may begin: "A study that appeared in … found". */
const MAX_RELATIVE_SOURCE_TOKENS = 16;
/** Words of a relative clause's verb phrase after its verb: "that had insured the mine's debts in 2015". */
const RELATIVE_CLAUSE_TAGS = new Set([
  "DET",
  "ADJ",
  "NOUN",
  "PROPN",
  "PRON",
  "NUM",
  "ADP",
  "ADV",
  "PART",
  "SYM",
]);

/**
 * A subject with a relative clause of its own before the cue: "Companies that had insured the mine
 * said", "A study that appeared in a medical journal found". "that" must follow the head and come right
 * before the clause's verb (the head is that verb's subject: not "the fact that Trump said"), and the
 * head's phrase must open its clause. The phrase's head is the noun before "that"; it ends at `before`.
 */
function subjectWithRelativeClause(tokens: readonly Token[], before: number): Phrase | null {
  let hasVerb = false;
  for (let at = before; at > 0 && before - at < MAX_RELATIVE_SOURCE_TOKENS; at--) {
    const token = tokens[at] as Token;
    if (token.quoted) return null;
    if (token.normal === "that" || (token.normal === "who" && tokens[at - 1]?.text !== ",")) {
      const verb = skipForward(tokens, at + 1);
      if (!hasVerb || tokens[verb]?.pos !== "VERB" || !isNounLike(tokens[at - 1])) return null;
      const head = phraseEndingAt(tokens, at - 1);
      const opening = head && tokens[head.first - 1];
      const opens = !opening || opening.pos === "PUNCT" || opening.pos === "SCONJ" || opening.pos === "CCONJ";
      return head && !head.referent && opens ? { ...head, end: before } : null;
    }
    if (token.pos === "VERB" || token.pos === "AUX") hasVerb = true;
    else if (!RELATIVE_CLAUSE_TAGS.has(token.pos) && !INSIDE_ASIDE_MARKS.has(token.text)) return null;
  }
  return null;
}

/** The first token from `at` on that is not an auxiliary, an adverb or "not": the verb of "that had long insured". */
function skipForward(tokens: readonly Token[], at: number): number {
  let next = at;
  while (/^(?:AUX|ADV|PART)$/.test(tokens[next]?.pos ?? "")) next++;
  return next;
}

/** Words after "by" that tell how, not who: "said by telephone", "reported by email". */
/** Verbs of taking a side whose agent takes it in a reduced passive too: "a fine imposed by the regulator". */
const SIDES_TAKEN_BY_AGENT = new Set(
  "impose promote endorse back champion echo oppose condemn criticize denounce praise reject".split(" "),
);

const MEANS = new Set(["phone", "telephone", "email", "e-mail", "letter", "text", "video", "mail", "far"]);

/**
 * The agent of a passive reporting verb: "The issue was first reported by The Washington Post", "She has
 * been endorsed by dozens of papers", "a view echoed by everyone I interviewed". The participle ends in
 * -ed/-en (or is an irregular past), "by" follows, and a name or a noun phrase after it; "add" is left
 * out ("rooms added by the school" adds rooms, it reports nothing), and so are "supported by artillery",
 * "a monitor maintained by the embassy" and verbs that report only before a clause.
 */
function passiveAgent(
  tokens: readonly Token[],
  index: number,
  verb: ReportingVerb,
): { agent: Phrase; subject: Span } | null {
  const cue = tokens[index] as Token;
  if (
    tokens[index + 1]?.normal !== "by" ||
    verb.evidence ||
    verb.clause ||
    OTHER_SENSE_IN_PASSIVE.has(verb.lemma)
  )
    return null;
  // "responded by using …": "by" and a gerund tell how.
  if (tokens[index + 2]?.pos === "VERB") return null;
  if (!/(?:ed|en|wn|ld|ght)$/.test(cue.normal) || cue.normal === cue.lemma) return null;
  // A full passive only: "was reported by"; in "Problems reported by users were fixed" the report is no claim.
  const be = skipGap(tokens, index - 1) + 1;
  // Taking a side needs no "be": "a penalty imposed by the regulator", "…, endorsed by the union".
  if (!gapHasBe(tokens, be, index) && !SIDES_TAKEN_BY_AGENT.has(verb.lemma)) return null;
  const agent = phraseStartingAt(tokens, index + 2);
  if (!agent || MEANS.has((tokens[agent.last] as Token).normal)) return null;
  const head = tokens[agent.last] as Token;
  if (head.pos !== "PROPN" && head.pos !== "NOUN") return null;
  // "is supported by 42 percent of voters", "by far fewer papers": people back it, not artillery or data.
  if (verb.lemma === "support" && head.pos !== "PROPN" && !SUPPORTERS.has(head.normal)) return null;
  // What was reported is the subject: "The leak" in "The leak was first reported by the Gazette".
  const words = tokens.slice(0, be).filter((token) => token.pos !== "PUNCT");
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { agent, subject: { start: first.start, end: last.end } } : null;
}

/** Words that may open a sentence before a participle of their own: "After saying …, she …". */
const OPENING_PREPOSITIONS = new Set(["after", "before", "while", "when", "by", "in", "since", "despite"]);

/** Whether a participle whose gap ends at `before` opens the sentence: "Claiming …", "After saying …". */
function opensTheSentence(tokens: readonly Token[], before: number): boolean {
  if (before < 0) return true;
  return before === 0 && OPENING_PREPOSITIONS.has((tokens[0] as Token).normal);
}

/** Whether a closing quotation mark follows the token at `at`. */
function closesQuoteAfter(tokens: readonly Token[], at: number): boolean {
  return CLOSING_QUOTES.has(tokens[at + 1]?.text ?? "");
}

/**
 * The subject of the main clause after a sentence's opening participle clause: the noun phrase right
 * after its comma, followed by its verb ("Claiming the race was rigged, Trump told Fox …").
 */
function subjectAfterOpeningClause(tokens: readonly Token[], participle: number): Span | null {
  // The comma that ends the clause, outside a quotation or right before its closing mark: 'After saying
  // her foot was "so swollen I could barely walk," she was …', 'Claiming it was "rigged, stolen", Trump …'.
  let comma = participle + 1;
  while (comma < tokens.length) {
    const token = tokens[comma] as Token;
    if (token.text === "," && (!token.quoted || closesQuoteAfter(tokens, comma))) break;
    comma++;
  }
  const phrase = phraseStartingAt(tokens, closesQuoteAfter(tokens, comma) ? comma + 2 : comma + 1);
  if (!phrase) return null;
  let verb = phrase.last + 1;
  while ((tokens[verb] as Token | undefined)?.pos === "ADV") verb++;
  return /^(?:VERB|AUX)$/.test(tokens[verb]?.pos ?? "") ? spanOf(tokens, phrase) : null;
}

/** Things someone issues or holds that say something: "a statement calling …", "a news conference announcing …". */
const MESSAGE_NOUNS = new Set(
  "statement statements letter letters tweet tweets post posts message messages release ad ads advertisement email emails memo note op-ed column conference briefing".split(
    " ",
  ),
);
const MAX_WORDS_AFTER_MESSAGE = 3;

/**
 * Where the message noun is that a participle says something for ("issued a statement calling",
 * "tweets early Friday saying"), or -1. Only a few words (a time, a name) may stand between.
 */
function messageBefore(tokens: readonly Token[], participle: number): number {
  for (let at = participle - 1; at >= 0 && participle - at <= MAX_WORDS_AFTER_MESSAGE + 1; at--) {
    const token = tokens[at] as Token;
    if (token.pos === "NOUN" && MESSAGE_NOUNS.has(token.normal)) return at;
    if (token.pos !== "ADV" && token.pos !== "ADJ" && token.pos !== "PROPN" && token.pos !== "NOUN")
      return -1;
  }
  return -1;
}

/**
 * Who issued the message at `message`: its possessor ("Trump's early-morning tweets") or the subject of
 * the verb it is the object of ("the council issued a statement", "Trump unleashed a series of tweets").
 */
function senderOf(tokens: readonly Token[], message: number): Phrase | null {
  for (let at = message - 1; at >= 0 && message - at <= MAX_PHRASE_TOKENS; at--) {
    const token = tokens[at] as Token;
    if (token.pos === "PART" && /^['’]s$/.test(token.text)) {
      const owner = phraseEndingAt(tokens, at - 1);
      return owner && !owner.referent ? owner : null;
    }
    if (token.pos === "VERB") {
      // "issued a statement calling …" is one report, the light verb's ("issued"), not a second one;
      // unless the light verb does not report ("unleashed a series of tweets saying …": too far).
      const objects = VERB_BY_LEMMA.get(token.lemma)?.objects;
      if (objects?.includes((tokens[message] as Token).normal) && hasObject(tokens, at, objects)) return null;
      const subject = phraseEndingAt(tokens, skipGap(tokens, at - 1));
      return subject && !subject.referent && tokens[subject.first - 1]?.pos !== "VERB" ? subject : null;
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|ADV)$/.test(token.pos) && token.text !== "-") return null;
  }
  return null;
}

/** Nouns of a recording that shows someone speaking: "footage of Trump saying …", "a video of her telling …". */
const RECORDING_NOUNS = new Set([
  "footage",
  "video",
  "videos",
  "clip",
  "clips",
  "tape",
  "recording",
  "audio",
]);

/** Where the run of names that ends at `last` starts ("footage of Hillary Clinton"), or `last` itself. */
function nameRunStart(tokens: readonly Token[], last: number): number {
  let first = last;
  while (
    first > 0 &&
    (tokens[first] as Token).pos === "PROPN" &&
    (tokens[first - 1] as Token).pos === "PROPN"
  )
    first--;
  return first;
}

/** "The ad uses footage of Clinton asking, …": the name between "of" after a recording and the participle. */
function speakerShown(tokens: readonly Token[], participle: number): Span | null {
  const first = nameRunStart(tokens, participle - 1);
  const name = tokens[first];
  const recording = tokens[first - 2];
  if (name?.pos !== "PROPN" || tokens[first - 1]?.normal !== "of" || !recording) return null;
  if (!RECORDING_NOUNS.has(recording.normal)) return null;
  return { start: name.start, end: (tokens[participle - 1] as Token).end };
}

/** '…," adding that …': a participle right after a quotation that ends with a comma. */
function afterQuotedWords(tokens: readonly Token[], at: number): boolean {
  return CLOSING_QUOTES.has(tokens[at]?.text ?? "") && tokens[at - 1]?.text === ",";
}

/** Pronouns and names that may be the subject of a relative clause with no "that": "the experts I interviewed". */
const RELATIVE_CLAUSE_SUBJECT_TAGS = new Set(["PRON", "PROPN"]);

/**
 * "All the experts I interviewed said", "Everyone we asked agreed": a relative clause with no "that"
 * (a subject and its verb, with no object) between the source and its cue. Returns where the source's
 * head ends, or `at` unchanged.
 */
function reducedRelativeStart(tokens: readonly Token[], at: number): number {
  const verb = tokens[at];
  if (verb?.pos !== "VERB" || !/ed$/.test(verb.normal)) return at;
  const subject = nameRunStart(tokens, at - 1);
  const first = tokens[subject];
  const head = tokens[subject - 1];
  if (!first || !head || !RELATIVE_CLAUSE_SUBJECT_TAGS.has(first.pos)) return at;
  if (first.pos === "PRON" && !SPEAKING_PRONOUNS.has(first.normal)) return at;
  const headIsNoun = head.pos === "NOUN" && head.text === head.normal;
  return headIsNoun || INDEFINITE_SPEAKERS.has(head.normal) ? subject - 1 : at;
}

/** Subjects that hold no stance of their own: "it is certain that …", "this is not sure". */
const IMPERSONAL = new Set(["it", "this", "that", "there", "which", "what"]);

/**
 * The stance adjective at `index`, if it is one: a word the tagger reads as an adjective ("afraid"), or
 * a participle it reads as a verb after "be" ("are convinced this …", "is determined to", "'re worried
 * about"), which is the adjective, not a passive.
 */
function stanceAdjectiveOf(tokens: readonly Token[], index: number): ReportingVerb | undefined {
  const token = tokens[index] as Token;
  if (token.pos === "ADJ") return ADJECTIVE_BY_WORD.get(token.normal);
  if (token.pos !== "VERB" || !/ed$/.test(token.normal)) return undefined;
  const adjective = ADJECTIVE_BY_WORD.get(token.normal);
  // "was opposed by residents" stays a passive, with its agent.
  const asAdjective = adjective && beBefore(tokens, index) !== -1 && hasComplement(tokens, index, adjective);
  return asAdjective ? adjective : undefined;
}

/** Whether one of the adjective's words or a clause follows it: "sure that", "afraid of", "sure Lee will win". */
function hasComplement(tokens: readonly Token[], index: number, adjective: ReportingVerb): boolean {
  const next = tokens[index + 1];
  return (
    next !== undefined && (adjective.after?.includes(next.normal) === true || opensClause(tokens, index + 1))
  );
}

/** Where the form of "be" is right before the word at `index`, past adverbs and "not" ("was not sure"), or -1. */
function beBefore(tokens: readonly Token[], index: number): number {
  let at = index - 1;
  while (at >= 0 && ((tokens[at] as Token).pos === "ADV" || (tokens[at] as Token).pos === "PART")) at--;
  return tokens[at]?.lemma === "be" ? at : -1;
}

/**
 * "Many voters are afraid that …", "she was sure Lee would win", "Ms. Cole has been critical of …": an
 * adjective of belief or feeling after a form of "be", before one of its words or a clause; its source
 * is the subject before "be".
 */
function stanceAdjectiveAt(
  tokens: readonly Token[],
  index: number,
  adjective: ReportingVerb,
): ReturnType<typeof attributionAt> {
  if (!hasComplement(tokens, index, adjective)) return null;
  const at = beBefore(tokens, index);
  if (at === -1) return null;
  const phrase = phraseEndingAt(tokens, skipGap(tokens, at - 1));
  if (!phrase || phrase.referent || !isSubject(tokens, phrase, adjective)) return null;
  if (IMPERSONAL.has((tokens[phrase.last] as Token).normal)) return null;
  return { source: spanOf(tokens, phrase), trailing: false };
}

/** Words that may stand before a light verb's object: "issued a short statement", "sent Mr. Xi a letter". */
const OBJECT_MODIFIER_TAGS = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PART"]);
const MAX_OBJECT_WORDS = 7;

/** "made the comments", "sent the letter": an object told before, whose report was counted where it was told. */
const DEFINITE = new Set(["the", "this", "these", "that", "those"]);

/**
 * Whether one of `objects` follows the light verb at `index`, past a few modifiers ("issued a short
 * statement"), and is new to the reader ("a statement", "his remarks"), not one told before ("the comments").
 */
function hasObject(tokens: readonly Token[], index: number, objects: readonly string[]): boolean {
  for (let at = index + 1; at < tokens.length && at <= index + MAX_OBJECT_WORDS; at++) {
    const token = tokens[at] as Token;
    // "made the case for …" is an idiom: its "the" points back at nothing.
    if (DEFINITE.has(token.normal) && tokens[at + 1]?.normal !== "case") return false;
    if (objects.includes(token.normal)) return true;
    // "a cease-and-desist letter": the words of a hyphenated modifier, whatever their tags.
    const hyphenated = token.text === "-" || tokens[at - 1]?.text === "-" || tokens[at + 1]?.text === "-";
    // "unleashed a series of tweets", "issued a pair of statements": a quantity of the object.
    const quantity = token.normal === "of" && tokens[at - 1]?.pos === "NOUN";
    if (!OBJECT_MODIFIER_TAGS.has(token.pos) && !hyphenated && !quantity) return false;
  }
  return false;
}

/** How far after a verb `near` words are looked for: "attacked the governor's new housing plan as …". */
const NEAR_WINDOW = 10;
const CLAUSE_ENDS = new Set([";", ":", ".", "?", "!"]);

/** Whether one of `words` follows the verb at `index` within NEAR_WINDOW tokens of its clause. */
function nearWord(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  for (let at = index + 1; at < tokens.length && at <= index + NEAR_WINDOW; at++) {
    const token = tokens[at] as Token;
    if (CLAUSE_ENDS.has(token.text)) return false;
    if (words.includes(token.normal)) return true;
  }
  return false;
}

/** A quotation or a colon opens at `at`, maybe after a comma: 'chanted “…”', 'continued, “…”'. */
function quotationOpensAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.text === ",") return OPENING_WORDS.has(tokens[at + 1]?.text ?? "");
  return OPENING_WORDS.has(token?.text ?? "");
}

/** "…, noted NBC's Dante Chinni.": a verb of speech that ends its sentence with a name after it. */
function invertsBeforeName(tokens: readonly Token[], phrase: Phrase, verb: ReportingVerb): boolean {
  if (verb.stance || verb.evidence || verb.negative || verb.quoting) return false;
  const after = tokens[phrase.last + 1];
  return (tokens[phrase.last] as Token).pos === "PROPN" && (after === undefined || after.text === ".");
}

/** A name or a personal pronoun: who can report without "that" after the verb. */
function namesSomeone(head: Token): boolean {
  return head.pos === "PROPN" || (head.pos === "PRON" && head.normal !== "it");
}

/**
 * "Polls show the race level": after a plural noun of evidence the tagger may read "show" as a noun;
 * followed by the start of a clause it is the verb.
 */
function isVerbTaggedAsNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (token.pos !== "NOUN" || !previous || !next) return false;
  if (isIntentionBeforeInfinitive(tokens, index) || isReportBeforeThat(tokens, index)) return true;
  if (endsWithTrailingSource(tokens, index) || isVerbBeforeItsObject(tokens, index)) return true;
  if (!EVIDENCE_VERB_FORMS.has(token.normal)) return false;
  if (next.normal !== "that" && !CLAUSE_START_TAGS.has(next.pos)) return false;
  // "Polls show the race level", "leaked documents from his 1995 return show he …".
  return EVIDENCE_NOUNS.has(previous.normal) || documentPhraseBefore(tokens, index - 1) !== null;
}

/** Pronouns that may be a verb's subject: "they support the bill", "he notes that …". */
const THIRD_PERSON = new Set(["he", "she", "it"]);
/** Relative pronouns, whose verb agrees with what they stand for: "the study, which notes that …". */
const RELATIVE_SUBJECTS = new Set(["who", "which", "that"]);
/** Adverbs that may stand between a subject and its verb: "The ad then references …". */
const ADVERBS_BEFORE_VERB = new Set(["then", "also", "now", "still", "often", "again"]);
/** What may open a verb's object or clause: "support the bill", "notes they were", "references four cases". */
const OBJECT_START_TAGS = new Set(["DET", "PRON", "PROPN", "NUM"]);

/**
 * "China and Russia support the government", "Lynch notes they were …", "A web video by the committee
 * references four cases": a lexicon verb the tagger read as a noun, right after its subject (a name, a
 * pronoun, a plural for the plain form) and before what opens its object or clause. A noun after a
 * determiner or a possessive ("their support for", "the group's plans") has no subject before it.
 */
function isVerbBeforeItsObject(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const verb = VERB_BY_LEMMA.get(token.lemma);
  const next = tokens[index + 1];
  if (!verb || verb.evidence || !next) return false;
  let subject = index - 1;
  while (ADVERBS_BEFORE_VERB.has(tokens[subject]?.normal ?? "")) subject--;
  // "Some Democrats, however, question the plan": the subject before an aside.
  if (tokens[subject]?.text === ",") subject = headBeforeAside(tokens, subject);
  const previous = tokens[subject];
  if (!previous) return false;
  const third = token.normal === `${token.lemma}s` || token.normal === `${token.lemma}es`;
  const plain = token.normal === token.lemma;
  const opensObject =
    OBJECT_START_TAGS.has(next.pos) || (third && next.pos === "NOUN" && previous.pos === "PROPN");
  if (!opensObject || (!third && !plain)) return false;
  if (previous.pos === "PRON") return agreesWithPronoun(previous.normal, third);
  // "cities that support the rules", "a problem that demands a response": a relative "that" or "which"
  // after a noun, which the tagger may read as a determiner.
  if (isRelativeAfterNoun(tokens, subject)) return true;
  // "though Lynch notes they …": a surname the tagger reads as a verb.
  if (isNameReadAsVerb(tokens, subject)) return third;
  const plural = /[^s']s$/.test(previous.normal);
  // "Battleground state Florida": a capitalised word opening the sentence may be a modifier, not a subject.
  if (previous.pos === "PROPN") return third || plural || subject > 0;
  if (previous.pos !== "NOUN") return false;
  // "Many shippers support the quay", "The ad then references four cases": the verb agrees with its subject,
  // and "1 percent support the Green Party" with the people the share stands for.
  // "four percentage points each year": a measure, no subject.
  if (plain && previous.normal === "percent") return true;
  return plain ? plural : !plural && next.pos !== "NOUN" && tokens[subject - 1]?.pos !== "NUM";
}

/** The head of the phrase before an aside that ends at `comma` ("Some Democrats, however,"), or -1. */
function headBeforeAside(tokens: readonly Token[], comma: number): number {
  const phrase = phraseEndingAt(tokens, comma);
  return phrase && !phrase.referent ? phrase.last : -1;
}

/** "cities that support", "the study -- which notes": "that" or "which" after a noun opens a relative clause. */
function isRelativeAfterNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token || (token.normal !== "that" && token.normal !== "which")) return false;
  let antecedent = at - 1;
  // "the study -- which notes", "the rules, which promise": a dash or a comma may come first.
  if (tokens[antecedent]?.text === "," || ASIDE_DASHES.has(tokens[antecedent]?.text ?? "")) antecedent--;
  return isNounLike(tokens[antecedent]);
}

/** A capitalised word inside the sentence that the tagger reads as a verb: a surname ("Lynch"). */
function isNameReadAsVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return at > 0 && token?.pos === "VERB" && /^[A-Z][a-z]/.test(token.text) && tokens[at - 1]?.text !== '"';
}

/** Whether a verb in "-s" (`third`) or in its plain form agrees with the pronoun before it: "he notes", "they support". */
function agreesWithPronoun(pronoun: string, third: boolean): boolean {
  if (RELATIVE_SUBJECTS.has(pronoun)) return true;
  return SPEAKING_PRONOUNS.has(pronoun) && third === THIRD_PERSON.has(pronoun);
}

/** "…, The Wall Street Journal reports.": a noun phrase after a comma and a verb in -s that end the sentence. */
function endsWithTrailingSource(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!/s$/.test(token.normal) || tokens[index + 1]?.text !== "." || !isNounLike(tokens[index - 1]))
    return false;
  const phrase = phraseEndingAt(tokens, index - 1);
  const before = phrase ? tokens[phrase.first - 1] : undefined;
  return before !== undefined && isQuoteOrComma(before);
}

/**
 * "…, promising to lift the rules", "…, insisting that …": after a comma and before "to" or "that", an -ing
 * word the tagger read as an adjective ("a promising start") is the participle of a reporting verb.
 */
function participleTaggedAsAdjective(tokens: readonly Token[], index: number): ReportingVerb | undefined {
  const token = tokens[index] as Token;
  // "…, promising to …" and "is promising to …" (a progressive), not "a promising start"; after a comma
  // the tagger may read it as a noun too ("…, warning that …"; not "repeated warnings that").
  const afterComma = tokens[index - 1]?.text === ",";
  const misread = token.pos === "ADJ" || (token.pos === "NOUN" && afterComma);
  if (!misread || (!afterComma && beBefore(tokens, index) === -1)) return undefined;
  const next = tokens[index + 1]?.normal;
  if (next !== "to" && next !== "that") return undefined;
  const stem = /^(.+)ing$/.exec(token.normal)?.[1];
  return stem ? (VERB_BY_LEMMA.get(stem) ?? VERB_BY_LEMMA.get(`${stem}e`)) : undefined;
}

/** Auxiliaries of the perfect: "has referenced", "had detailed". */
const PERFECT = new Set(["has", "have", "had", "'ve", "'d"]);

/**
 * "Mr. Lee has articulated these themes", "The statement also referenced the impact", "it referenced
 * 'tensions'": a lexicon verb in "-ed" that the tagger read as an adjective is the verb after "has" or
 * right after its subject (a name, a pronoun or a noun), before what opens its object; not "a widely
 * reported death" (a determiner before it) nor "was referenced" (a passive).
 */
function pastTaggedAsAdjective(tokens: readonly Token[], index: number): ReportingVerb | undefined {
  const token = tokens[index] as Token;
  if (token.pos !== "ADJ" || !/ed$/.test(token.normal)) return undefined;
  const verb = lemmaOfPast(token.normal);
  const next = tokens[index + 1];
  if (!verb || !next) return undefined;
  let before = index - 1;
  while (tokens[before]?.pos === "ADV") before--;
  const previous = tokens[before];
  if (!previous) return undefined;
  // "has detailed foundation spending": after "has" an object may open with a noun.
  if (PERFECT.has(previous.normal))
    return OBJECT_TAGS.has(next.pos) || OPENING_WORDS.has(next.text) ? verb : undefined;
  if (!OBJECT_START_TAGS.has(next.pos) && !OPENING_WORDS.has(next.text)) return undefined;
  const subject =
    previous.pos === "PROPN" ||
    SPEAKING_PRONOUNS.has(previous.normal) ||
    (previous.pos === "NOUN" && next.pos === "DET");
  return subject ? verb : undefined;
}

/** The lexicon verb of a form in "-ed": "referenced", "detailed", "worried", "planned". */
function lemmaOfPast(form: string): ReportingVerb | undefined {
  const stem = form.slice(0, -2);
  const candidates = [form.slice(0, -1), stem, `${stem.slice(0, -1)}y`, stem.slice(0, -1)];
  for (const lemma of candidates) {
    const verb = VERB_BY_LEMMA.get(lemma);
    if (verb) return verb;
  }
  return undefined;
}

/**
 * "The mayor plans to close the depot", "Trump vows to appeal": the tagger may read a verb of intention
 * ending in -s as a plural noun. After a noun or a pronoun subject and before "to" and a verb, it is the
 * verb ("the company's plans to cut jobs" keeps its noun: a possessive comes before it).
 */
function isIntentionBeforeInfinitive(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1] as Token;
  const verb = VERB_BY_LEMMA.get(token.lemma);
  if (!verb || !(verb.only ?? verb.after)?.includes("to")) return false;
  if (tokens[index + 1]?.normal !== "to" || tokens[index + 2]?.pos !== "VERB") return false;
  // "rules that promise to transform …": the plain form after a relative "that".
  if (!/s$/.test(token.normal)) return token.normal === token.lemma && isRelativeAfterNoun(tokens, index - 1);
  // "Ann Lee, Ohio's senator, plans to …": the subject before an aside.
  if (previous.text === ",") return headBeforeAside(tokens, index - 1) !== -1;
  // "… and plans to cut costs": a second verb of the same subject.
  return (
    previous.pos === "NOUN" ||
    previous.pos === "PROPN" ||
    SPEAKING_PRONOUNS.has(previous.normal) ||
    COORDINATING.has(previous.normal)
  );
}

const COORDINATING = new Set(["and", "but"]);

/**
 * "a mountain stream called Miracle Run", "a group called Lashkar": after a noun with "a" or "an", and
 * before a name, "called" names the thing; it reports nothing.
 */
function namesAThing(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous?.pos !== "NOUN" || tokens[index + 1]?.pos !== "PROPN") return false;
  for (let at = index - 2; at >= 0 && at >= index - 5; at--) {
    const token = tokens[at] as Token;
    if (token.normal === "a" || token.normal === "an") return true;
    if (token.pos !== "ADJ" && token.pos !== "NOUN" && token.pos !== "VERB") return false;
  }
  return false;
}

/**
 * "The New York Post reports that …", "Trump claims that …", "The Times reports: …": after a name, and
 * before "that" or a colon, a reporting verb ending in -s that the tagger read as a plural noun
 * is the verb ("the agency's reports that …" keeps its noun: a possessive comes before it).
 */
function isReportBeforeThat(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1] as Token;
  const next = tokens[index + 1] as Token;
  if (next.normal !== "that" && next.text !== ":") return false;
  // "Some note that …": a quantifier standing for people, then the plain form of the verb.
  if (QUANTIFIER_SPEAKERS.has(previous.normal) && VERB_BY_LEMMA.has(token.normal)) return true;
  if (!VERB_BY_LEMMA.has(token.lemma) || !/[^s]s$/.test(token.normal)) return false;
  // "the study -- which notes that …", "though Lynch notes that …".
  if (
    previous.pos === "PROPN" ||
    isRelativeAfterNoun(tokens, index - 1) ||
    isNameReadAsVerb(tokens, index - 1)
  )
    return true;
  // "The report notes that …" (not "the campaign notes that were leaked", where "that" opens a relative clause).
  const afterThat = tokens[index + 2];
  return (
    previous.pos === "NOUN" &&
    EVIDENCE_NOUNS.has(previous.normal) &&
    !/[^s]s$/.test(previous.normal) &&
    afterThat !== undefined &&
    afterThat.pos !== "VERB" &&
    afterThat.pos !== "AUX"
  );
}

/** Whether only adverbs and a full stop follow the verb at `index`. */
function closesSentence(tokens: readonly Token[], index: number): boolean {
  let next = index + 1;
  while (tokens[next]?.pos === "ADV") next++;
  return tokens[next]?.text === "." && next === tokens.length - 1;
}

/**
 * Whether the verb at `index` ends a statement (only an adverb and a full stop after it) and its subject
 * follows a comma or "what": "…, the Gazette has learned.", "that is what the campaign now hopes." The
 * clause it reports came before it.
 */
function closesReportedClause(tokens: readonly Token[], index: number): boolean {
  let next = index + 1;
  while (tokens[next]?.pos === "ADV") next++;
  if (tokens[next]?.text !== "." || next !== tokens.length - 1) return false;
  const phrase = phraseEndingAt(tokens, skipGap(tokens, index - 1));
  const before = phrase && tokens[phrase.first - 1];
  return before?.text === "," || before?.normal === "what";
}

/** Words a clause's verb may be looked for in: "believes the new plan will fail" has it within six. */
const CLAUSE_VERB_WINDOW = 6;

/**
 * Whether a clause starts at `at`: "that" or a subordinating word, or a subject with its own verb
 * ("thinks he will win", "believes the plan will fail"), not an object ("knows the specifics of …").
 */
function opensClause(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  // "wondered whether …": the tagger may read "whether" as a preposition.
  if (first.normal === "that" || first.normal === "whether" || first.pos === "SCONJ") return true;
  // "hope in 2017 America says …": a year or a day before the clause.
  if (first.pos === "ADP" && isTimeAdverbial(tokens, at + 1)) return opensClause(tokens, at + 2);
  if (first.pos === "ADP") return thatAfterPhrase(tokens, at + 1);
  // "learned again during the debate that …".
  if (first.pos === "ADV" && tokens[at + 1]?.pos === "ADP") return thatAfterPhrase(tokens, at + 2);
  // "hoped electric utilities would …", "believe bigotry and xenophobia are …": a bare noun phrase opens a
  // clause only before an auxiliary (not "knows the rules of the game", "felt betrayed when …").
  const bare = first.pos === "NOUN" || (first.pos === "ADJ" && tokens[at + 1]?.pos === "NOUN");
  if (!CLAUSE_START_TAGS.has(first.pos) && !bare) return false;
  for (let next = at + 1; next < tokens.length && next <= at + CLAUSE_VERB_WINDOW; next++) {
    const token = tokens[next] as Token;
    if (token.pos === "AUX" || (token.pos === "VERB" && !bare)) return true;
    if (token.pos === "PUNCT" || (bare && token.pos === "VERB")) return false;
  }
  return false;
}

/** Words of a prepositional phrase before "that": "know from his disclosure statements that …". */
const PHRASE_BEFORE_THAT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"]);

/** Whether "that" follows a short noun phrase starting at `at`: the rest of "from his statements that". */
function thatAfterPhrase(tokens: readonly Token[], at: number): boolean {
  for (let next = at; next < tokens.length && next <= at + CLAUSE_VERB_WINDOW; next++) {
    const token = tokens[next] as Token;
    if (token.normal === "that") return next > at;
    if (!PHRASE_BEFORE_THAT_TAGS.has(token.pos)) return false;
  }
  return false;
}

/** "is saying", "was telling": a form of "be" in the gap makes a progressive, which still reports. */
function gapHasBe(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if ((tokens[at] as Token).lemma === "be") return true;
  return false;
}

/**
 * A phrase after a verb is its object, not the subject of the cue ("let editorials tell them", "hear
 * a candidate say"), unless the cue is a verb in "-s", which no object takes: in "residents hope the
 * council says yes" the council opens a clause. One after "what" names something ("what the minister
 * called a crime").
 */
function isSubject(tokens: readonly Token[], phrase: Phrase, verb: ReportingVerb, cue?: Token): boolean {
  const before = tokens[phrase.first - 1];
  if (!before) return true;
  // "the cost, which the valuer had estimated at …": the phrase is the subject of a clause about an object.
  // ("a game in which companies seek": after a preposition, "which" is no object).
  if (before.normal === "which" && tokens[phrase.first - 2]?.pos !== "ADP") return false;
  // "newly filed campaign-finance reports shows": a participle modifies the phrase; a verb after its own
  // subject ("residents hope the council says") is a clause's.
  if (before.pos === "VERB")
    return (
      cue !== undefined && isThirdPersonForm(cue) && SUBJECT_TAGS.has(tokens[phrase.first - 2]?.pos ?? "")
    );
  return !(verb.lemma === "call" && NAMING_WORDS.has(before.normal));
}

/** What a verb's subject ends with: "residents", "he", "Lee". */
const SUBJECT_TAGS = new Set(["NOUN", "PRON", "PROPN"]);

/** "says", "notes", "wishes": the form in "-s" of a verb, which only a subject in the third person takes. */
function isThirdPersonForm(token: Token): boolean {
  return token.normal === `${token.lemma}s` || token.normal === `${token.lemma}es`;
}

/** How many words (up to `enough`) follow the token at `index` before the sentence ends. */
function wordsAfter(tokens: readonly Token[], index: number, enough: number): number {
  let count = 0;
  for (let at = index + 1; at < tokens.length && count < enough; at++)
    if ((tokens[at] as Token).pos !== "PUNCT") count++;
  return count;
}

/**
 * "continues to insist", "went on to explain": before a "to" that ends the gap, a catenative verb (and
 * "on" after "go") and its own gap are skipped too, so the subject before them is the source.
 */
function skipCatenative(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.normal !== "to") return at;
  let verb = at - 1;
  if (tokens[verb]?.normal === "on" && tokens[verb - 1]?.lemma === "go") verb--;
  const token = tokens[verb];
  if (token?.pos !== "VERB" || !CATENATIVE_LEMMAS.has(token.lemma)) return at;
  if (token.lemma === "go" && verb === at - 1) return at; // "went to say" is a journey
  return skipGap(tokens, verb - 1);
}

/** Adverbs the tagger may read as another part of speech: "it further wrote". */
const GAP_ADVERBS = new Set(["further", "also", "later", "earlier", "once", "again"]);
/** Prepositions that open a time adverbial between a subject and its verb: "who in 2010 said". */
const TIME_PREPOSITIONS = new Set(["in", "on"]);

/**
 * Adverbs, auxiliaries and "not" between a source and its verb: "has also said", "did not say", and a
 * short time adverbial: "who in 2010 said", "Ms. Ortiz on Friday told", "which in March imposed".
 */
function skipGap(tokens: readonly Token[], from: number): number {
  let at = from;
  while (at >= 0) {
    const token = tokens[at] as Token;
    if (
      (token.pos === "ADV" && !QUESTION_WORDS.has(token.normal)) ||
      token.pos === "AUX" ||
      GAP_ADVERBS.has(token.normal) ||
      (token.pos === "PART" && token.normal !== "to" && token.normal !== "'s")
    )
      at--;
    else if (isTimeAdverbial(tokens, at)) at -= 2;
    else break;
  }
  return at;
}

/** "in 2010", "on Friday", "in March": a year, a weekday or a month after "in" or "on", ending at `at`. */
function isTimeAdverbial(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const preposition = tokens[at - 1];
  if (!preposition || !TIME_PREPOSITIONS.has(preposition.normal)) return false;
  return (token.pos === "NUM" && /^(?:1[89]|20)\d\d$/.test(token.text)) || CALENDAR_WORD.test(token.text);
}

interface Phrase {
  first: number;
  /** The head: the phrase's last word, or the word before a relative clause that the phrase goes on with. */
  last: number;
  /** Where a phrase that goes on past its head ends: "Companies that had insured the mine". */
  end?: number;
  /** For a relative pronoun ("who said"), the phrase it hangs on. */
  referent?: Phrase;
}

/**
 * The noun phrase whose head ends at `last`: back over modifiers and "of/for" phrases to its start;
 * an aside between commas right before the verb is skipped; "X, who …, said" takes X.
 */
function phraseEndingAt(tokens: readonly Token[], last: number): Phrase | null {
  let end = last;
  if (!tokens[end]) return null;
  // "Ann Lee, 56, who chairs the panel, said": up to MAX_ASIDES asides in a row are skipped, and a
  // bracketed one after a name ("Jason Chaffetz (R-Utah) said", "Rep. Ann Lee (D-Ohio), chair of …, said").
  for (let asides = 0; ; asides++) {
    if (tokens[end]?.text === ")") {
      const opening = tokens.findLastIndex((token, at) => at < end && token.text === "(");
      if (opening === -1 || end - opening > MAX_ASIDE_TOKENS) return null;
      end = opening - 1;
    }
    // "The film ― which weaves together … ― explains", "Ann Lee -- a former aide -- told".
    if (ASIDE_DASHES.has(tokens[end]?.text ?? "")) {
      const opening = dashAsideOpening(tokens, end);
      if (opening === -1) return null;
      end = opening - 1;
      // "Mr. Stone, the head of the firm -- …. -- told": the name before an appositive the dash ends.
      const appositive = phraseEndingAt(tokens, end);
      if (
        appositive &&
        tokens[appositive.first - 1]?.text === "," &&
        tokens[appositive.first - 2]?.pos === "PROPN"
      )
        end = appositive.first - 2;
    }
    if (tokens[end]?.text !== "," || asides === MAX_ASIDES) break;
    const opening = asideOpening(tokens, end);
    if (opening === -1) return null;
    end = opening - 1;
    // "Ann Lee, 56, …": an age between commas after a name.
    if (tokens[end]?.pos === "NUM" && tokens[end - 1]?.text === ",") end -= 2;
  }
  const head = tokens[end];
  // "Some believe …", "To varying degrees, all agreed that …": a quantifier standing for people.
  if (head && QUANTIFIER_SPEAKERS.has(head.normal) && (head.pos === "DET" || head.pos === "PRON")) {
    // "Not all agree": "not" is part of the quantifier.
    const first = tokens[end - 1]?.normal === "not" ? end - 1 : end;
    const previous = tokens[first - 1];
    const opens =
      !previous || previous.pos === "PUNCT" || previous.pos === "CCONJ" || previous.pos === "SCONJ";
    return opens && !previous?.quoted ? { first, last: end } : null;
  }
  // "cities that support the rules": a relative "that" the tagger reads as a determiner.
  if (head?.pos === "DET" && isRelativeAfterNoun(tokens, end)) {
    const referent = antecedent(tokens, end - 1);
    return referent ? { first: end, last: end, referent } : null;
  }
  const nameReadAsVerb = head !== undefined && head.text !== head.normal && isVerbInPhrase(tokens, end);
  const titleGeneral = isTitleGeneral(tokens, end);
  // "The state's polling average shows": a document the tagger reads as an adjective.
  const documentReadAsAdjective = head?.pos === "ADJ" && EVIDENCE_NOUNS.has(head.normal);
  // "the 34-year-old mother of three": a number after "of" and a noun ends the phrase.
  const ofNumber = head?.pos === "NUM" && tokens[end - 1]?.normal === "of" && isNounLike(tokens[end - 2]);
  if (
    !head ||
    !(HEAD_TAGS.has(head.pos) || nameReadAsVerb || documentReadAsAdjective || titleGeneral || ofNumber)
  )
    return null;
  if (head.pos === "PRON" && !isCloseTo(tokens, end - 1)) {
    if (RELATIVE_PRONOUNS.has(head.normal)) {
      const referent = antecedent(tokens, end - 1);
      return referent ? { first: end, last: end, referent } : null;
    }
    // "by what it called": the pronoun names something, it does not report.
    if (tokens[end - 1]?.normal === "what") return null;
    // "at 86 she still says": a number before the pronoun ends a phrase of its own.
    const previous = tokens[end - 1];
    // "Not everyone agrees": "not" opens the source.
    if (previous?.normal === "not" && INDEFINITE_SPEAKERS.has(head.normal) && !isPhraseTag(tokens[end - 2]))
      return { first: end - 1, last: end };
    const speaks = SPEAKING_PRONOUNS.has(head.normal) || INDEFINITE_SPEAKERS.has(head.normal);
    return speaks && (!isPhraseTag(previous) || previous?.pos === "NUM") ? { first: end, last: end } : null;
  }
  let first = end;
  while (first - 1 >= 0 && end - first < MAX_PHRASE_TOKENS) {
    const previous = tokens[first - 1] as Token;
    // "a game in which companies seek": the phrase starts after the relative word.
    if (LEADING_RELATIVES.has(previous.normal)) break;
    const slashed = previous.text === "/" && isNounLike(tokens[first - 2]); // "USC/Los Angeles Times"
    // "In the next eight weeks the campaign …", "obvious that voters": a determiner after a noun or an
    // adjective opens a phrase of its own.
    if (DETERMINERS.has((tokens[first] as Token).normal) && /^(?:NOUN|NUM|ADJ)$/.test(previous.pos)) {
      // "obvious that voters want": there "that" opens the clause, it is no determiner.
      if ((tokens[first] as Token).normal === "that") first++;
      break;
    }
    if (
      isPhraseTag(previous) ||
      isVerbInPhrase(tokens, first - 1) ||
      isPluralPossessive(tokens, first - 1) ||
      slashed
    )
      first--;
    else if (
      previous.pos === "ADP" &&
      PHRASE_PREPOSITIONS.has(previous.normal) &&
      isNounLike(tokens[first - 2])
    )
      first--;
    // "his advisers", "Many of his supporters", "One of the doctors": a possessive, a quantifier or a number.
    else if (previous.pos === "PRON" && POSSESSIVES.has(previous.normal)) first--;
    // "Ban Ki-moon", "Sixty-two percent", "Secretary-General": a hyphen inside a word.
    else if (isHyphenInWord(tokens, first - 1) && isPhraseTag(tokens[first - 2])) first -= 2;
    else if (previous.normal === "of" && isQuantity(tokens[first - 2])) first -= 2;
    // "Protesters marching through the streets chanted": a participle and its phrase after the head.
    else if (previous.pos === "ADP" && isParticipleAfterNoun(tokens, first - 2)) first -= 2;
    // "people familiar with the talks", "those close to him": who knows the matter, then the head.
    else if (isCloseTo(tokens, first - 1)) first -= 2;
    else break;
  }
  while (
    first < end &&
    ((tokens[first] as Token).pos === "PART" || LEADING_RELATIVES.has((tokens[first] as Token).normal))
  )
    first++;
  return { first, last: end };
}

/** "the state attorney general": "general" after a title is its head, whatever the tagger reads. */
function isTitleGeneral(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.normal === "general" && isNounLike(tokens[at - 1]);
}

/** A hyphen with no space on either side, joining the words of one name or number. */
function isHyphenInWord(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at];
  const left = tokens[at - 1];
  const right = tokens[at + 1];
  return mark?.text === "-" && left?.end === mark.start && right?.start === mark.end;
}

const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** "Many", "some", "one", "two": what may stand before "of" at the head of a source ("Many of his supporters"). */
function isQuantity(token: Token | undefined): boolean {
  return token !== undefined && (QUANTIFIER_SPEAKERS.has(token.normal) || token.pos === "NUM");
}

const DETERMINERS = new Set(["the", "a", "an", "that", "this", "these", "those"]);

/** Tags after which an "-ed" word opens a noun phrase as its modifier: ", elected officials", "the embattled mayor". */
const BEFORE_MODIFIER_TAGS = new Set(["PUNCT", "DET", "ADP", "CCONJ", "SCONJ"]);

/**
 * A word tagged as a verb that is part of a noun phrase: an "-ed" modifier at the phrase's start
 * (", elected officials from both parties say"; not "Trump claimed officials said"), or a capitalised
 * word after a name, which the tagger may read as a verb ("Loretta E. Lynch said").
 */
function isVerbInPhrase(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== "VERB" && token?.pos !== "AUX") return false;
  const previous = tokens[at - 1];
  // "Senator Will Hurd", "Theresa May": a name the tagger reads as a modal or a verb.
  if (token.text !== token.normal) {
    if (!/^[A-Z][a-z]/.test(token.text)) return false;
    // "Lynch agreed that …": a capitalised word opening the sentence right before another verb is a name.
    // "though Lynch notes they …": so is one after a conjunction, before a verb the tagger read as a noun.
    const opens =
      !previous ||
      (previous.pos === "PUNCT" && !previous.quoted) ||
      previous.pos === "SCONJ" ||
      previous.pos === "CCONJ";
    const next = tokens[at + 1];
    const verbNext = next?.pos === "VERB" || (next?.pos === "NOUN" && VERB_BY_LEMMA.has(next.lemma));
    return previous?.pos === "PROPN" || (opens && verbNext);
  }
  return (
    token.pos === "VERB" && /ed$/.test(token.normal) && (!previous || BEFORE_MODIFIER_TAGS.has(previous.pos))
  );
}

/** "Shoppers' unions": an apostrophe right after a plural is its possessive, which the tagger reads as punctuation. */
function isPluralPossessive(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at];
  const owner = tokens[at - 1];
  return (
    (mark?.text === "'" || mark?.text === "’") &&
    owner !== undefined &&
    owner.end === mark.start &&
    /s$/i.test(owner.text)
  );
}

function isPhraseTag(token: Token | undefined): boolean {
  if (!token) return false;
  // "smiling" and "former" may be tagged as verbs or nouns: any lower-case -ing word before a name is a modifier.
  return (
    PHRASE_TAGS.has(token.pos) ||
    (token.pos === "VERB" && /ing$/.test(token.normal) && token.text !== token.normal.toUpperCase())
  );
}

/** "marching" in "Protesters marching through …": a lower-case "-ing" verb right after a noun. */
function isParticipleAfterNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return (
    token?.pos === "VERB" && /ing$/.test(token.text) && isNounLike(tokens[at - 1]) && !tokens[at - 1]?.quoted
  );
}

/** "familiar with", "close to": an adjective and its preposition inside an unnamed source's phrase. */
const CLOSENESS = new Map([
  ["familiar", "with"],
  ["close", "to"],
]);

/** Whether the preposition at `at` follows "familiar"/"close" that follows the head ("officials familiar with"). */
function isCloseTo(tokens: readonly Token[], at: number): boolean {
  const preposition = tokens[at];
  const adjective = tokens[at - 1];
  const head = tokens[at - 2];
  if (!preposition || !adjective || !head) return false;
  const fits = CLOSENESS.get(adjective.normal) === preposition.normal;
  return fits && (isNounLike(head) || head.normal === "those" || head.normal === "people");
}

function isNounLike(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === "NOUN" || token.pos === "PROPN");
}

/** The comma that opens the aside closed by the comma at `closing`, or -1: "Pence, his rival, said". */
function asideOpening(tokens: readonly Token[], closing: number): number {
  for (let at = closing - 1; at >= 0 && closing - at <= MAX_ASIDE_TOKENS; at--) {
    const token = tokens[at] as Token;
    if (token.text === ",") return at > 0 && closing - at > 1 ? at : -1;
    if (token.pos === "PUNCT" && !INSIDE_ASIDE_MARKS.has(token.text)) return -1;
  }
  return -1;
}

/** Dashes that close an aside when spaced on both sides: " -- ", " — ", " ― ", " – ". */
const ASIDE_DASHES = new Set(["--", "—", "―", "–"]);

/** The dash that opens the aside closed by the dash at `closing` (the same mark, no quotation between), or -1. */
function dashAsideOpening(tokens: readonly Token[], closing: number): number {
  const mark = (tokens[closing] as Token).text;
  for (let at = closing - 1; at > 0 && closing - at <= MAX_ASIDE_TOKENS; at--) {
    const token = tokens[at] as Token;
    if (token.text === mark) return closing - at > 1 ? at : -1;
    if (token.quoted || OPENING_WORDS.has(token.text) || CLOSING_QUOTES.has(token.text)) return -1;
  }
  return -1;
}

/** Marks that may stand inside an aside: "Jr.", "R-Tenn.", "Americans’", "USC/Los Angeles Times". */
const INSIDE_ASIDE_MARKS = new Set([".", "-", "’", "'", "/", "&"]);

const PLACE_ADVERBS = new Set(["here", "there"]);

/** The phrase a relative pronoun hangs on: "Officials, who spoke on condition of anonymity, said". */
function antecedent(tokens: readonly Token[], before: number): Phrase | null {
  // "the study, which …", "the study -- which …".
  let at = tokens[before]?.text === "," || ASIDE_DASHES.has(tokens[before]?.text ?? "") ? before - 1 : before;
  // "demonstrators here, who …": a place adverb after the noun.
  if (PLACE_ADVERBS.has(tokens[at]?.normal ?? "")) at--;
  const phrase = phraseEndingAt(tokens, at);
  return phrase && (tokens[phrase.last] as Token).pos !== "PRON" ? phrase : null;
}

/** "…, said the senator from Ohio": a determiner or modifiers, then the head nouns. */
function phraseStartingAt(tokens: readonly Token[], first: number): Phrase | null {
  let last = first - 1;
  while (last + 1 < tokens.length && last + 1 - first < MAX_PHRASE_TOKENS) {
    const next = tokens[last + 1] as Token;
    if (
      isPhraseTag(next) ||
      (next.pos === "PRON" && last + 1 === first && SPEAKING_PRONOUNS.has(next.normal))
    )
      last++;
    else if (next.pos === "ADP" && PHRASE_PREPOSITIONS.has(next.normal) && isNounLike(tokens[last + 2]))
      last++;
    else break;
  }
  // "said Lee last week", "imposed by the regulator this month": a time after the phrase is no part of it.
  if (
    last - 1 > first &&
    isTimeWord(tokens[last] as Token) &&
    TIME_DEICTICS.has(tokens[last - 1]?.normal ?? "")
  )
    last -= 2;
  while (last >= first && !HEAD_TAGS.has((tokens[last] as Token).pos)) last--;
  return last >= first ? { first, last } : null;
}

const TIME_DEICTICS = new Set(["last", "this", "next", "that"]);

/**
 * The subject of the sentence's main clause, when it comes before `end`: the noun phrase before the
 * first verb outside quotation marks and outside a leading subordinate clause ("When X arrived, …").
 * "During the speech, Trump attacked Clinton …, saying …" → "Trump".
 */
function sentenceSubject(tokens: readonly Token[], end: number): Span | null {
  let start = 0;
  const comma = tokens.findIndex((token, at) => at < end && token.text === ",");
  if (opensWithSubordinateClause(tokens)) {
    if (comma === -1) return null;
    start = comma + 1;
  }
  // "In a statement announcing the pick, the union called …": a leading adverbial with a verb of its own.
  if (tokens[0]?.pos === "ADP" && comma !== -1) start = comma + 1;
  for (let at = start; at < end; at++) {
    const token = tokens[at] as Token;
    if (token.quoted || (token.pos !== "VERB" && token.pos !== "AUX")) continue;
    // "Lee, speaking to reporters in Ohio, said": a participle between commas is an aside of the subject's.
    if (tokens[at - 1]?.text === "," && /ing$/.test(token.normal)) {
      const closing = tokens.findIndex((next, after) => after > at && next.text === ",");
      if (closing !== -1 && closing < end) {
        at = closing;
        continue;
      }
    }
    const phrase = phraseEndingAt(tokens, skipGap(tokens, at - 1));
    return phrase && phrase.first >= start ? spanOf(tokens, phrase.referent ?? phrase) : null;
  }
  return null;
}

/** Words that open a subordinate clause, whatever the tagger reads them as ("When" is often an adverb). */
const SUBORDINATORS = new Set(
  "when while whilst after before if as although though because since once unless until whereas".split(" "),
);

/**
 * Whether the sentence opens with a clause before its main one: a subordinating word ("When the plant
 * closed, …", "Though she praised the plan, …") or a participle ("Stung by the report, the minister …").
 */
function opensWithSubordinateClause(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first) return false;
  if (first.pos === "SCONJ" || SUBORDINATORS.has(first.normal)) return true;
  return first.pos === "VERB" && /(?:ing|ed|[^e]en|ung)$/.test(first.normal);
}

/** The subject that opens the clause before `comma`: the first noun phrase followed by a verb. */
function clauseSubject(tokens: readonly Token[], comma: number): Span | null {
  if (comma < 1) return null;
  let start = comma - 1;
  while (start > 0 && !isClauseBoundary(tokens[start - 1] as Token)) start--;
  for (let at = start; at < comma; at++) {
    const token = tokens[at] as Token;
    if (token.pos !== "VERB" && token.pos !== "AUX") continue;
    const phrase = phraseEndingAt(tokens, skipGap(tokens, at - 1));
    return phrase && phrase.first >= start ? spanOf(tokens, phrase.referent ?? phrase) : null;
  }
  return null;
}

function isClauseBoundary(token: Token): boolean {
  return (
    token.text === ";" ||
    token.text === ":" ||
    token.pos === "SCONJ" ||
    CLOSING_QUOTES.has(token.text) ||
    token.text === "“"
  );
}

function isQuoteOrComma(token: Token): boolean {
  return token.text === "," || CLOSING_QUOTES.has(token.text);
}

/** A source the verb can have: evidence verbs need a poll, study or record; others a name, a noun or a pronoun. */
function fits(verb: ReportingVerb, phrase: Phrase, tokens: readonly Token[], thatAfter: boolean): boolean {
  if (phrase.referent) return fits(verb, phrase.referent, tokens, thatAfter);
  const head = tokens[phrase.last] as Token;
  // "Having said that, …": an idiom, nobody's report.
  if (head.normal === "having") return false;
  // "The polling average shows": only an evidence verb has a document the tagger read as an adjective.
  if (head.pos === "ADJ") return verb.evidence === true || isTitleGeneral(tokens, phrase.last);
  // "A new poll shows", "the survey found"; a bare "Studies show" names no study (it is a hedge, not a
  // source), but a bare "Polls show", "Video shows", "Records show" points to the ones in the news.
  if (verb.evidence && EVIDENCE_NOUNS.has(head.normal))
    return phrase.last > phrase.first || (BARE_EVIDENCE.has(head.normal) && opensItsClause(tokens, phrase));
  // Someone who finds that something is so reports it: "The Observer found that …", "a judge found that …"
  // (the phrase must open its clause: in "footage published by soldiers shows", the soldiers show nothing,
  // and in "photos and videos from the ground showed", the videos are half of the source).
  if (verb.evidence) {
    const before = tokens[phrase.first - 1];
    const opens = !before || before.pos === "PUNCT" || before.pos === "SCONJ";
    return (
      thatAfter && opens && (head.pos === "PROPN" || (head.pos === "NOUN" && phrase.last > phrase.first))
    );
  }
  // "Trump indicated that …", but not "the rise in attacks … indicates that …".
  // "Twelve percent indicated that …": a share of the people asked.
  // "The poll indicates that …": a document speaks for its makers.
  if (verb.person)
    return (
      head.pos === "PROPN" ||
      (head.pos === "PRON" && head.normal !== "it") ||
      head.normal === "percent" ||
      (EVIDENCE_NOUNS.has(head.normal) && phrase.last > phrase.first)
    );
  if (head.pos === "NOUN" && EVIDENCE_NOUNS.has(head.normal)) return DOCUMENT_VERBS.has(verb.lemma);
  return true;
}

/**
 * Evidence that a bare plural or mass noun still points to, the polls, records or footage of the story
 * ("Polls show the race level", "Video shows that …"), unlike "Studies show" or "Research finds".
 */
const BARE_EVIDENCE = new Set(
  "polls data video videos footage records documents emails memos figures numbers statistics photos images transcripts filings tapes recordings".split(
    " ",
  ),
);

/** Whether a phrase opens its clause: first in the sentence, or after punctuation, a conjunction or "that". */
function opensItsClause(tokens: readonly Token[], phrase: Phrase): boolean {
  const before = tokens[phrase.first - 1];
  return !before || /^(?:PUNCT|SCONJ|CCONJ)$/.test(before.pos) || before.normal === "that";
}

/** What a poll or a document may do besides show and find: "the study notes that", "the report warns that". */
const DOCUMENT_VERBS = new Set(
  "say suggest ask note state conclude estimate warn recommend predict project argue".split(" "),
);

function asSpan(tokens: readonly Token[], found: Phrase | Span): Span {
  return "first" in found ? spanOf(tokens, found.referent ?? found) : found;
}

function spanOf(tokens: readonly Token[], phrase: Phrase): Span {
  return {
    start: (tokens[phrase.first] as Token).start,
    end: (tokens[phrase.end ?? phrase.last] as Token).end,
  };
}

/**
 * The span cut before its first comma (or, with `dashes`, an aside's dash: "— who's called for … —")
 * outside a quotation, unless a quotation opens after it ('joked of it, “…”').
 */
function endAtComma(tokens: readonly Token[], span: Span, dashes = false): Span {
  const comma = tokens.findIndex(
    (token) =>
      (token.text === "," || (dashes && ASIDE_DASHES.has(token.text))) &&
      !token.quoted &&
      token.start > span.start,
  );
  if (OPENING_WORDS.has(tokens[comma + 1]?.text ?? "") || /^'/.test(tokens[comma + 1]?.text ?? ""))
    return span;
  const last = tokens[comma - 1];
  return comma !== -1 && last && last.end < span.end && last.end > span.start
    ? { start: span.start, end: last.end }
    : span;
}

/** What is reported: the clause before a trailing source ("…, the senator said"), else what follows the cue. */
function claimOf(tokens: readonly Token[], cueIndex: number, source: Span, trailing: boolean): Span {
  const cue = tokens[cueIndex] as Token;
  const words = tokens.filter((token) => token.pos !== "PUNCT");
  if (trailing) {
    const from = Math.min(source.start, cue.start);
    const before = words.filter((token) => token.end <= from);
    const first = before[0];
    const last = before[before.length - 1];
    if (first && last) return { start: first.start, end: last.end };
  }
  // "After saying the bridge was safe, the engineer left": the words between the cue and its source.
  if (source.start > cue.end) {
    const between = words.filter((token) => token.start >= cue.end && token.end <= source.start);
    const first = between[0];
    const last = between[between.length - 1];
    if (first && last) return { start: first.start, end: last.end };
  }
  const after = Math.max(cue.end, source.end);
  let at = tokens.findIndex((token) => token.start >= after);
  while (at !== -1 && at < tokens.length && /^(?:that|:|,)$/.test((tokens[at] as Token).normal)) at++;
  const start = tokens[at]?.start ?? after;
  const lastWord = words[words.length - 1];
  const end = lastWord && lastWord.end > start ? lastWord.end : start;
  return { start, end };
}
