import { endAnchored } from "./end-anchored";
import { reportsSpeech } from "./reporting-cues";
import { inSentences, sentenceAt } from "./spans";
import { type Attribution, HEADLINE_SENTENCE, type Sentence, type SourceKind, type Span } from "./types";
import { hasMoreWordsThan } from "./whitespace";

/**
 * speech: someone's words, quoted ("'We will hold the line,' he said", 'called the strike "a crime"').
 * scare: a short phrase in quotation marks that nobody is quoted as saying (the "moderate opposition").
 * mention: a name or a word talked about (the film "Brave", Operation "Peace Spring", the word "regime").
 */
export type QuotationKind = "speech" | "scare" | "mention";

/** A passage between quotation marks. start/end include the marks; `inner` is the words between them. */
export interface Quotation extends Span {
  inner: Span;
  kind: QuotationKind;
  /** Who is quoted, for speech, when the article says so. */
  speaker: string | null;
  /** Index of the sentence the quotation opens in. */
  sentence: number;
}

/** Longest phrase taken for a scare quote: past this it reads as a partial quotation. */
const MAX_SCARE_WORDS = 4;
const MAX_SCARE_CHARS = 50;
/** How far after an opening single quote its closing mark may be. */
const MAX_SINGLE_QUOTE_CHARS = 120;
const MAX_QUOTATIONS_PER_SENTENCE = 16;

const DOUBLE_MARKS = /[“”"]/g;
/** An opening mark with nothing but a start, space or bracket before it and a word after it (not 12"). */
const OPENS_A_QUOTATION = /(?:^|[\s([—–])[“"]\S|^[“"]\S/;
/** An opening single quote: at the start of a word, after a space, bracket, dash or double quote. */
const SINGLE_OPEN = /(?<=^|[\s([“"—–])[‘'](?=[\p{L}\p{N}])/gu;
const MAYBE_STRAIGHT_OPEN = /(?:^|[\s([“"—–])'[A-Za-z0-9]/;
/** A closing single quote: after a word or its punctuation, not inside a word (Ma’ar, it’s). */
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?])[’'](?![\p{L}\p{N}])/gu;

/** What X calls "…": the quoted words are X's. */
const WHAT_X_CALLS = endAnchored(
  /\bwhat\s+((?:the\s+)?[\p{L}\p{N}.'’-]+(?:\s+[\p{L}\p{N}.'’-]+){0,3}?)\s+(?:calls?|called|dubs?|dubbed|terms?|termed|describes?|described)\s+(?:(?:it|its|their|his|her|the|an?)\s+)?(?:as\s+)?(?:an?\s+)?$/iu,
);
/** A name or a word talked about: the word "regime", the film "Brave", a group called "Guardians". */
const MENTION_BEFORE = endAnchored(
  /\b(?:word|words|term|terms|phrase|phrases|slogan|slogans|motto|hashtag|headline|headlined|title|titled|entitled|named|codenamed|code-named|nicknamed|(?<!so-)called|dubbed|known\s+as(?:\s+an?)?|expression|expressions|notion|concept|appellation|jargon\s+of|rhetoric\s+of|language\s+of|cry\s+of|buzzword|acronym|abbreviation|moniker|epithet|mantra|refrain|rallying\s+cry|operation|book|film|movie|novel|song|album|series|show|programme|program|documentary|poem|newspaper|magazine|channel|signs?|banners?|placards?|posters?|reading|that\s+read|inscribed|graffiti)\s*[,:]?\s*(?:the\s+)?$/i,
);
/**
 * Words talked about as words: what they mean by “…”, the slogan of “…”, names like “…”, those who
 * identify as “…”, a remark about the “…”; or a quotation followed by "as the word of the year".
 */
const WORDS_AS_WORDS_BEFORE = endAnchored(
  /\b(?:mean[st]?\s+by|(?:slogans?|words?|terms?|phrases?|labels?|names?)\s+of|(?:words?|terms?|phrases?|labels?|names?|insults?|slurs?|epithets?),?\s+(?:like|such\s+as)|identif(?:y|ies|ied|ying)\s+(?:themselves\s+|himself\s+|herself\s+)?as|(?:comments?|remarks?)\s+(?:about|on))\s+(?:the\s+|an?\s+)?$/i,
);
/** A name something is known by, or the title of what is published: know the stadium as “…”, publish its “…”. */
const NAME_BEFORE = endAnchored(
  /\b(?:(?:know|knows|knew)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?as|(?:publish|releas)(?:e|es|ed|ing)?\s+(?:its|their|his|her|the|an?)(?:\s+(?:new|latest|first|annual|long-awaited))?)\s+$/iu,
);
const WORDS_AS_WORDS_AFTER =
  /^\s*,?\s*as\s+(?:the|an?|its|their|his|her)\s+(?:\p{L}+\s+)?(?:word|term|phrase|name|slogan|motto|title)\b/iu;
/** A reporting verb or a colon right before the quotation: said "…", told reporters: "…". */
const SPEECH_BEFORE =
  /(?:\b(?:said|says|say|saying|told(?:\s+[\p{L}\s]{1,30}?)?|tells|telling|added|adds|adding|wrote|writes|writing|stated|states|stating|declared|declares|declaring|announced|announces|asked|asks|replied|(?:shout|yell|scream|chant|cr)(?:s|ed|ied|ies|ing|y)?(?:\s+out)?|exclaimed|warned|warns|warning|insisted|insisting|tweeted|tweeting|posted|read|reads|claimed|claims|claiming|alleged|alleging|argued|arguing|noted|noting|quoted\s+as\s+saying|as\s+saying)\s*[:,]?\s*(?:that\s+)?|:\s*)$/iu;
/** A verb that names or judges, with its object: called the move "reckless", described it as "a crime". */
const NAMING_BEFORE = endAnchored(
  /\b(?:(?:calls?|called|calling)\s+(?!on\b|for\b|off\b|up\b|in\b|out\b|back\b)[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}|(?:dubs|dubbed|terms|termed|labels|labell?ed|brands|branded)\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}|(?:describ(?:es|ed|ing)|referr(?:ed|ing)\s+to|refers\s+to|views?|viewed|viewing|sees|seen|hail(?:s|ed)|denounc(?:es|ed)|condemn(?:s|ed)|characteri[sz](?:es|ed)|(?<!\bknown\s)\p{L}{3,}(?:ed|es|ing))\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?as|(?:considers?|considered|regards?|regarded)(?:\s+[\p{L}\p{N}'’-]+){0,2}?)\s+(?:(?:an?|the)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?)?$/iu,
);
/** The name before a naming verb: 'Russia calls its invasion a "special military operation"' → Russia. */
const NAMER_BEFORE = endAnchored(
  /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:calls?|called|dubs|dubbed|terms|termed|labels|labell?ed|brands|branded|describes|described)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:as\s+)?(?:an?\s+)?$/u,
);
/** A promise, threat, demand or accusation that takes the quotation as its words: vowed to "crush". */
const SPEECH_ACT_BEFORE = endAnchored(
  /\b(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|threaten(?:s|ed)?|demand(?:s|ed)?|urg(?:e|es|ed)\s+[\p{L}'’-]+|call(?:s|ed)?\s+for|appeal(?:s|ed)?\s+for|accus(?:e|es|ed)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?of|warn(?:s|ed)?\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:of|against)|prais(?:e|es|ed)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?for)\s+(?:to\s+|(?:an?|the)\s+)?$/iu,
);
/**
 * The object of a promise, or what someone is faulted or blamed for, in the words of the one who spoke:
 * vowed to defeat the “radical fringe”, criticised the board – and its chair – for the “cuts”, blamed
 * the fire on “arsonists”.
 */
const SPEECH_ACT_OBJECT_BEFORE = endAnchored(
  /\b(?:(?:vow|pledg|promis|threaten)\p{L}*\s+to\s+\p{L}+|(?:criticiz|criticis|fault|slamm)\p{L}*\s+(?:\S+\s+){0,12}?for|blam\p{L}*\s+(?:\S+\s+){0,12}?(?:for|on))\s+(?:(?:the|their|its|his|her)\s+)?$/iu,
);
/**
 * A verb whose object is words, before that object: reiterated at least twice the “…”, invoked the “…”,
 * a report that refers to the city's “…”.
 */
const WORDS_OBJECT_BEFORE = endAnchored(
  /\b(?:repeat(?:s|ed|ing)|reiterat(?:e|es|ed|ing)|echo(?:es|ed|ing)|invok(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|quot(?:e|es|ed|ing)|utter(?:s|ed|ing)|stress(?:es|ed|ing)|emphasi[sz](?:e|es|ed|ing)|refer(?:s|red|ring)\s+to)\s+(?:\S+\s+){0,4}?(?:the|an?|his|her|their|its|\p{L}+['’]s)\s+$/iu,
);
/** The verb of a clause whose subject is a document, quoted from it: a resolution that simply “urges” restraint. */
const DOCUMENT_CLAUSE_BEFORE = endAnchored(
  /\b(?:resolution|annex|declaration|document|letter|statement|report|text|guidelines|law|bill|treaty|agreement|decree|ruling|memo|clause|provision|charter|constitution|policy)\s+(?:that|which)\s+(?:(?:simply|merely|only|just|also|now|still|\p{L}+ly)\s+)?$/iu,
);
/** Its speaker named in a clause after the quotation: the “perfect storm” of which Dr. Ruiz warned. */
const SPEAKER_IN_CLAUSE_AFTER =
  /^[^.!?;:“”"]{0,60}?\b(?:of\s+which|which|that|whom|as)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:had\s+|has\s+)?(?:warned|spoke|wrote|said|put\s+it)\b/u;
/**
 * The text that holds the words, named right after them: '“buyer's regret,” as documented in a new book',
 * '“…,” as reported by the Gazette'.
 */
const SOURCE_CITED_AFTER =
  /^\s*,?\s*as\s+(?:\p{L}+ly\s+)?(?:documented|described|reported|recounted|detailed|chronicled|recorded|written|quoted|cited|set\s+out|spelled\s+out|phrased|worded)(?:\s+(?:most\s+)?\p{L}+ly)?\s+(?:in|by)\b/iu;
/** A reporting verb right after the quotation, with room for its source: "…," the minister said. */
const SPEECH_AFTER =
  /^\s*,?\s*(?:[^\s,;:!?“”"]+\s+){0,5}?(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|replied|replies|insisted|insists?|warned|warns?|claimed|claims?|declared|declares?|stated|states?|tweeted|tweets|continued|continues|explained|explains|charged|noted|notes|argued|argues?|observed|stressed|recalled|conceded|admitted|admits|acknowledged|countered|remarked|responded|concluded|urged|complained|joked|quipped|maintains?|contends?)\b/i;
const PRONOUN = /^(?:it|they|he|she|we)$/i;
/** A value in markup left in the text: <tweet author="…">. */
const ATTRIBUTE_BEFORE = /[\p{L}\p{N}_-]=$/u;
/** A pronoun alone in marks is the word talked about: because “she” is a “he”. */
const PRONOUN_ONLY = /^(?:he|she|him|her|his|hers|they|them|it|its)[.,!?]?$/i;
/** The writer as a source: a cue in the first person outside any quotation is the article's own voice. */
const WRITER = /^(?:I|we)$/i;
const FIRST_OR_SECOND_PERSON = /\b(?:I|we|us|our|my|me|you|your)\b/;
/**
 * A quotation that finishes a verb or follows one is part of someone's sentence: it had "repelled attacks",
 * the sirens got "louder and louder", the clinic would become "less useful", nobody wants to be too "soft".
 */
const PREDICATE_BEFORE = endAnchored(
  /\b(?:is|are|was|were|be|been|being|had|has|have|will|would|could|should|can|must|to|it|they|he|she|we|(?:get|become|seem|remain|sound|look)(?:s|ing)?|got|gotten|became|seemed|remained|sounded|looked)\s+(?:(?:already|also|just|never|not|still|too|so|very|more|less|most|quite|rather|\p{L}+ly)\s+)?$/iu,
);
/** A quotation right after a verb is its object, someone's words: had suffered "heavy losses". */
const VERB_BEFORE = endAnchored(/(?<!\bso-)\b(?:\p{L}{3,}ed|took|made|won|lost|gave|saw)\s+$/iu);
const STARTS_WITH_VERB = /^(?:\p{L}+ed|is|are|was|were|will|would|has|have|had|can|must|should)\s/iu;
/**
 * A piece of someone's sentence, not a label held at arm's length: it opens with a preposition ("in an
 * orthodox way", "near") or holds a modal or a negation ("one must welcome …", "not a good translation", "no easy
 * fixes").
 */
const SENTENCE_PIECE =
  /^(?:in|on|at|to|from|with|by|for|of|into|upon|near|under|within|without|through)(?![\p{L}'’-])|(?<![\p{L}'’-])(?:must|shall|shalt|should|would|could|might|cannot|can[’']t|won[’']t|not|never|no)(?![\p{L}'’-])/iu;
/**
 * Marks that take in the article lift a noun phrase whole from someone's text ('reconsider “the chosen course”',
 * 'create “an entirely fresh framework”'): scare quotes go around the doubted word and leave the article out.
 */
const LEADING_ARTICLE = /^(?:the|an?)\s+\p{L}/iu;
const DETERMINER_BEFORE = endAnchored(/\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$/i);
/** Sources who speak for themselves: a quotation in their reported claim is theirs. */
const SPEAKER_KINDS = new Set<SourceKind>(["named-person", "organisation", "media-outlet", "pronoun"]);
const SO_CALLED_BEFORE = endAnchored(/\bso-?called\s*$/i);
/** 'said it’s “irresponsible”': a contracted "is" finishes a verb as "is" does. */
const CONTRACTED_IS_BEFORE = endAnchored(/\b(?:it|that|he|she|there|what|this)['’]s\s+$/i);
/** Words that say the quotation names something or is a term defined: 'short for “anti-fascist”', 'or a “wealth tax”'. */
const NAME_OR_TERM_BEFORE = endAnchored(
  /\b(?:short\s+for|stands?\s+for|stood\s+for|or\s+(?:an?|the)|aka|a\.k\.a\.|nickname|nicknames|label|motto|chant|chants|cry|catchphrase|brand|trademark|dubbed\s+it|the\s+(?:so-?called\s+)?idea\s+of|campaign|movement|act|bill|law|policy|plan|programme|program|project|initiative|doctrine|theory|rule)\s*[,:]?\s*(?:the\s+|an?\s+)?$/i,
);
/**
 * What someone learns by heart or practises is named by its term, as a school names it: 'learn the “times
 * tables”', 'practise their “number bonds”' (a term of two words or more: one word learned in quotation
 * marks, 'learn the “facts”', may be doubted).
 */
const LEARNED_BEFORE = endAnchored(
  /\b(?:learn(?:s|t|ed|ing)?|practi[sc](?:e|es|ed|ing)|memori[sz](?:e|es|ed|ing)|recit(?:e|es|ed|ing))\s+(?:(?:the|their|his|her|its|our|your)\s+)?$/i,
);
/** The name of a strategy, policy or doctrine: 'his strategy of “massive resistance”', 'a policy of “…”'. */
const STRATEGY_OF_BEFORE = endAnchored(
  /\b(?:strategy|strategies|policy|policies|doctrine|doctrines|tactic|tactics|principle|theory)\s+of\s+$/i,
);
/** Speaking of a word with an article before it talks about the word: 'speak of the “official” text'. */
const SPEAK_OF_BEFORE = endAnchored(
  /\b(?:speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking)\s+of\s+(?:the|an?)\s+$/i,
);
/** A noun right after the quotation says it is the name of a thing: the “risk adjustment” program, the “Boogaloo” movement. */
const NAMED_THING_AFTER =
  /^\s*,?\s*(?:movement|movements|program|programs|programme|programmes|law|laws|act|bill|bills|policy|policies|plan|plans|campaign|campaigns|slogan|slogans|rule|rules|doctrine|initiative|initiatives|theory|theories|provision|provisions|clause|clauses|exemption|order|orders|defen[cs]e|statute|statutes|approach|strategy|agenda|framework|protocol|system|scheme|mission|operation|project|programme|ideology|organi[sz]ation|group|groups|network|party|wing|faction|label|brand|app|website|podcast|channel|show|series|book|film|movie|album|song|report|study|paper|document|letter|memo|list|hashtag|trend|challenge|tour|festival|award|prize|conference|summit|era|years|effect|syndrome|phenomenon|model|technique|method|test|status|period|attack|attacks|ritual|rituals|ceremony|video|videos|settings?|features?|options?|buttons?|menus?|tabs?|courses?|classes|lessons?|seminars?|workshops?|modules?|curriculum|training|sessions?|retreats?)\b/i;
/**
 * A definition right after the quotation: '“bump stocks” - devices that …', '“birthright citizenship,” the
 * automatic grant …', or a gloss in brackets ('the “small council” [the 2010 meeting]').
 */
const DEFINITION_AFTER =
  /^\s*(?:[-–—([]|,?\s*(?:which\s+(?:is|are|means|refers)|whereby|meaning|i\.e\.|as\s+(?:defined|used|understood|meant)\s+(?:by|in)|in\s+the\s+sense)\b)|^\s*,\s*(?:the|a|an)\s/i;
/** Small words a title leaves in lower case: "Mind the Gap", "Lord of the Flies". */
const TITLE_SMALL_WORDS = new Set(
  "a an the of and or in on at to for by with from as vs nor but de la del le von van".split(" "),
);

/** The last quotations found per sentence list, so the asymmetry finder does not read them twice. */
const recent = new WeakMap<readonly Sentence[], { text: string; quotations: Quotation[] }>();

/** Every quotation in the body paragraphs, classified as speech, scare quote or mention. */
export function findQuotations(
  text: string,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): Quotation[] {
  const quotations = readQuotations(text, sentences, attributions);
  recent.set(sentences, { text, quotations });
  return quotations;
}

/**
 * The quotations of an article where only their spans and kinds matter (not who speaks): those found
 * for the same sentences a moment ago, or found now without attributions.
 */
export function quotationSpans(text: string, sentences: readonly Sentence[]): Quotation[] {
  const known = recent.get(sentences);
  return known && known.text === text ? known.quotations : findQuotations(text, sentences, []);
}

function readQuotations(
  text: string,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): Quotation[] {
  const quotations: Quotation[] = [];
  const perSentence = new Map<number, number>();
  const paragraphs = paragraphSpans(sentences);
  for (const paragraph of paragraphs) {
    for (const marks of [...pairDoubleQuotes(text, paragraph), ...pairSingleQuotes(text, paragraph)]) {
      const sentence = sentenceAt(sentences, marks.start);
      if (!sentence) continue;
      // A sentence quotes a few passages; past MAX_QUOTATIONS_PER_SENTENCE the rest are not read (bounds the cost).
      const count = perSentence.get(sentence.index) ?? 0;
      if (count === MAX_QUOTATIONS_PER_SENTENCE) continue;
      perSentence.set(sentence.index, count + 1);
      quotations.push(classify(text, marks, paragraph, sentence, sentences, attributions));
    }
  }
  const pieces = piecesOfSpeech(
    quotations.sort((a, b) => a.start - b.start),
    sentences,
    attributions,
  );
  const classified = joinedToTheirKind(text, liftedPhrases(text, echoesOfSpeechAndNames(text, pieces)));
  return withContinuedSpeech(text, paragraphs, sentences, classified);
}

/** How many paragraphs without marks a quotation left open may run across before its closing mark. */
const MAX_CONTINUED_PARAGRAPHS = 4;

/**
 * A speech left open at the end of its paragraph whose closing mark comes a few paragraphs on, with no mark
 * in the paragraphs between and none before it in its own (a text printed one sentence a line): those
 * lines, and the closing one up to its mark, are the same speech. Newspapers reopen each paragraph of a
 * long quotation instead, and a quotation whose closing mark never comes stays within its paragraph.
 */
function withContinuedSpeech(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Sentence[],
  quotations: Quotation[],
): Quotation[] {
  // A quotation left open runs to the end of its paragraph, with no closing mark inside its span.
  const openAtEnd = new Map<number, Quotation>();
  for (const quotation of quotations) {
    if (quotation.kind === "speech" && quotation.inner.end === quotation.end)
      openAtEnd.set(quotation.end, quotation);
  }
  if (openAtEnd.size === 0) return quotations;
  const continued: Quotation[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const open = openAtEnd.get(paragraph.end);
    if (!open) continue;
    const lines = linesUntilClosingMark(
      text,
      paragraphs.slice(index + 1, index + 1 + MAX_CONTINUED_PARAGRAPHS),
    );
    for (const line of lines) {
      const sentence = sentenceAt(sentences, line.start);
      if (!sentence || line.end === line.start) continue;
      // The closing line takes its mark, as any quotation's span does.
      const end = text[line.end] === "”" ? line.end + 1 : line.end;
      continued.push({
        ...line,
        end,
        inner: line,
        kind: "speech",
        speaker: open.speaker,
        sentence: sentence.index,
      });
    }
  }
  return continued.length === 0
    ? quotations
    : [...quotations, ...continued].sort((a, b) => a.start - b.start);
}

/**
 * The paragraphs with no quotation mark, then the one whose first mark closes a quotation (up to that mark),
 * or nothing when another mark comes first or no closing mark comes.
 */
function linesUntilClosingMark(text: string, paragraphs: readonly Span[]): Span[] {
  const lines: Span[] = [];
  for (const paragraph of paragraphs) {
    const mark = firstDoubleMark(text, paragraph);
    if (mark === null) {
      lines.push(paragraph);
      continue;
    }
    return text[mark] === "”" ? [...lines, { start: paragraph.start, end: mark }] : [];
  }
  return [];
}

/** Where the first double quotation mark of a paragraph is, or null when it has none. */
function firstDoubleMark(text: string, paragraph: Span): number | null {
  DOUBLE_MARKS.lastIndex = paragraph.start;
  const match = DOUBLE_MARKS.exec(text);
  return match && match.index < paragraph.end ? match.index : null;
}

/** "and", "or", "rather than", with an article: what joins two quotations of one kind. */
const CONJUNCTION = String.raw`(?:and|or|nor|rather\s+than|as\s+well\s+as|versus)\s+(?:(?:the|an?)\s+)?`;
/** Longest text read between two quotations that may be joined: a conjunction, an article and a few shared words. */
const MAX_JOINING_CHARS = 60;
/** A list's comma or a conjunction between two quotations. */
const COORDINATION = new RegExp(String.raw`^\s*(?:,\s*|${CONJUNCTION})$`, "i");
/** Words a parallel pair shares after each quotation: the “draft” budget rather than the “revised” budget. */
const SHARED_WORDS = new RegExp(String.raw`^\s*((?:[\p{L}\p{N}'’-]+\s+){1,3}?)${CONJUNCTION}$`, "iu");

/**
 * Quotations joined in a list or a pair are of one kind: 'a “left bloc” and a “right bloc”' after the
 * first is quoted from someone, '“Blue Harbor,” “Night Train” and “Sparrows”' after a title. A scare
 * quote next to speech or a mention takes its neighbour's kind, read forwards then backwards along the list.
 */
function joinedToTheirKind(text: string, quotations: Quotation[]): Quotation[] {
  const joined = [...quotations];
  const adopt = (at: number, neighbour: number) => {
    const quotation = joined[at];
    const other = joined[neighbour];
    if (!quotation || !other || quotation.kind !== "scare" || other.kind === "scare") return;
    if (quotation.sentence !== other.sentence) return;
    const [first, second] = at < neighbour ? [quotation, other] : [other, quotation];
    if (!areCoordinated(text, first, second)) return;
    joined[at] = { ...quotation, kind: other.kind, speaker: other.speaker };
  };
  for (let at = 1; at < joined.length; at++) adopt(at, at - 1);
  for (let at = joined.length - 2; at >= 0; at--) adopt(at, at + 1);
  return joined;
}

function areCoordinated(text: string, first: Span, second: Span): boolean {
  if (second.start < first.end || second.start - first.end > MAX_JOINING_CHARS) return false;
  const between = text.slice(first.end, second.start);
  // A list's comma may sit inside the marks ('“Blue Harbor,” “Night Train”'); marks with only a space
  // between and no comma are stacked words, not a list ('the nickname “Bulldozer” “critics” gave him').
  if (COORDINATION.test(between) || (/^\s+$/.test(between) && text[first.end - 2] === ",")) return true;
  const shared = SHARED_WORDS.exec(between)?.[1];
  return shared !== undefined && text.startsWith(` ${shared.trim()}`, second.end);
}

/**
 * A phrase lifted whole with its article ('reconsider “the chosen course”') is someone's words, read last: it is
 * weaker evidence than a verb of saying, so it does not make the other pieces of its sentence speech, nor
 * their echoes elsewhere.
 */
function liftedPhrases(text: string, quotations: Quotation[]): Quotation[] {
  return quotations.map((quotation) =>
    quotation.kind === "scare" && LEADING_ARTICLE.test(text.slice(quotation.inner.start, quotation.inner.end))
      ? { ...quotation, kind: "speech" }
      : quotation,
  );
}

/**
 * A short quotation whose words someone is quoted as saying elsewhere in the article repeats that
 * speech (an article that quotes a document at length, then its phrases): it is speech, not doubt.
 * One that repeats a name or term the article gave in marks as such (the “shared formation” courses,
 * then what is meant by “shared formation”; a heading on “Big Tent Politics”, then a “big tent”) names
 * it again: a mention. One word is no echo of a name: a word the writer mentions (the label “moderate”)
 * may still be the writer's scare quote elsewhere, and “Green” is no echo of “Green New Deal”. The
 * phrases of every quotation of speech and every mention are put in a map and a set once, so each check
 * is one look-up.
 */
function echoesOfSpeechAndNames(text: string, quotations: Quotation[]): Quotation[] {
  if (!quotations.some((quotation) => quotation.kind === "scare")) return quotations;
  const spoken = new Map<string, Quotation>();
  const named = new Set<string>();
  for (const quotation of quotations) {
    if (quotation.kind === "scare") continue;
    const words = phraseWords(text.slice(quotation.inner.start, quotation.inner.end));
    const shortest = quotation.kind === "speech" ? 1 : 2;
    for (let at = 0; at < words.length; at++) {
      for (let length = shortest; length <= MAX_SCARE_WORDS && at + length <= words.length; length++) {
        const phrase = words.slice(at, at + length).join(" ");
        if (quotation.kind === "mention") named.add(phrase);
        else if (!spoken.has(phrase)) spoken.set(phrase, quotation);
      }
    }
  }
  return quotations.map((quotation) => {
    if (quotation.kind !== "scare") return quotation;
    const phrase = phraseWords(text.slice(quotation.inner.start, quotation.inner.end)).join(" ");
    const source = spoken.get(phrase);
    if (source) return { ...quotation, kind: "speech", speaker: source.speaker };
    return named.has(phrase) ? { ...quotation, kind: "mention" } : quotation;
  });
}

/** The words of a quotation, lower case, without punctuation: the key for matching its echoes. */
function phraseWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((word) =>
    word.replace(/’/g, "'"),
  );
}

/**
 * A sentence that quotes someone in pieces: 'claimed the army had "cleansed" the villages of
 * "terrorists"'. Once one short piece is speech, the other short pieces of that sentence are too.
 */
function piecesOfSpeech(
  quotations: Quotation[],
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): Quotation[] {
  const shortSpeech = new Map<number, Quotation>();
  for (const quotation of quotations) {
    if (quotation.kind === "speech" && quotation.end - quotation.start <= MAX_SCARE_CHARS + 2)
      if (!shortSpeech.has(quotation.sentence)) shortSpeech.set(quotation.sentence, quotation);
  }
  return quotations.map((quotation) => {
    if (quotation.kind !== "scare") return quotation;
    const piece = shortSpeech.get(quotation.sentence);
    if (!piece) return quotation;
    return {
      ...quotation,
      kind: "speech",
      speaker: speakerOf(quotation, sentences, attributions) ?? piece.speaker,
    };
  });
}

/** The innermost quotation of a kind that holds the span, if any. */
export function quotationAround(
  quotations: readonly Quotation[],
  span: Span,
  kind: QuotationKind,
): Quotation | undefined {
  let found: Quotation | undefined;
  for (const quotation of quotations) {
    if (quotation.kind !== kind) continue;
    if (quotation.inner.start <= span.start && span.end <= quotation.inner.end) {
      if (!found || quotation.start >= found.start) found = quotation;
    }
  }
  return found;
}

/** Paragraph spans rebuilt from the sentences, since quotations may run across sentences. */
function paragraphSpans(sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  let current = -1;
  for (const sentence of sentences) {
    const last = spans[spans.length - 1];
    if (last && sentence.paragraph === current) {
      last.end = sentence.end;
    } else {
      spans.push({ start: sentence.start, end: sentence.end });
      current = sentence.paragraph;
    }
  }
  return spans;
}

/** Quotation marks that belong together; `closed` is false for a quotation that runs on to the next paragraph. */
interface Marks extends Span {
  closed: boolean;
}

/**
 * Curly quotes pair up as opened and closed; a straight quote opens when none is open and closes
 * otherwise. An opening mark left open at the end of a paragraph starts a quotation that goes on into
 * the next one, as newspapers write long quotations: it runs to the end of its paragraph.
 */
function pairDoubleQuotes(text: string, paragraph: Span): Marks[] {
  const pairs: Marks[] = [];
  let open: number | null = null;
  DOUBLE_MARKS.lastIndex = paragraph.start;
  for (
    let match = DOUBLE_MARKS.exec(text);
    match && match.index < paragraph.end;
    match = DOUBLE_MARKS.exec(text)
  ) {
    const mark = match[0];
    if (mark === "“" || (mark === '"' && open === null)) {
      open = match.index;
    } else if (open !== null) {
      pairs.push({ start: open, end: match.index + 1, closed: true });
      open = null;
    }
  }
  if (open !== null && OPENS_A_QUOTATION.test(text.slice(Math.max(0, open - 1), open + 2))) {
    pairs.push({ start: open, end: paragraph.end, closed: false });
  }
  return pairs;
}

/** Single quotes only where both marks are unambiguous: an apostrophe inside a word never opens or closes. */
function pairSingleQuotes(text: string, paragraph: Span): Marks[] {
  const body = text.slice(paragraph.start, paragraph.end);
  // Most paragraphs have apostrophes but no opening single quote: skip the closing-mark scan.
  if (!body.includes("‘") && !MAYBE_STRAIGHT_OPEN.test(body)) return [];
  const closes = [...body.matchAll(SINGLE_CLOSE)].map((match) => match.index);
  const pairs: Marks[] = [];
  let after = -1;
  for (const open of body.matchAll(SINGLE_OPEN)) {
    if (open.index <= after) continue;
    const close = closes.find((index) => index > open.index + 1);
    if (close === undefined || close - open.index > MAX_SINGLE_QUOTE_CHARS) continue;
    pairs.push({ start: paragraph.start + open.index, end: paragraph.start + close + 1, closed: true });
    after = close;
  }
  return pairs;
}

function classify(
  text: string,
  marks: Marks,
  paragraph: Span,
  sentence: Sentence,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): Quotation {
  const inner = { start: marks.start + 1, end: marks.closed ? marks.end - 1 : marks.end };
  const words = text.slice(inner.start, inner.end).trim();
  const before = text.slice(Math.max(paragraph.start, marks.start - 80), marks.start);
  const after = text.slice(marks.end, Math.min(paragraph.end, marks.end + 80));
  const quotation = (kind: QuotationKind, speaker: string | null = null): Quotation => ({
    start: marks.start,
    end: marks.end,
    inner,
    kind,
    speaker,
    sentence: sentence.index,
  });

  if (!marks.closed) return quotation("speech", speakerOf(marks, sentences, attributions));
  // Headlines quote what someone said, in a few words ('Pope: blessing would be an ‘atrocity’'): the story says who.
  if (sentence.index === HEADLINE_SENTENCE) return quotation("speech");
  const namer = WHAT_X_CALLS.exec(before)?.[1];
  if (namer) {
    const named = PRONOUN.test(namer) ? speakerOf(marks, sentences, attributions) : namer;
    return quotation("speech", named ?? namer);
  }
  // "so-called" says outright that the author doubts the name that follows.
  if (SO_CALLED_BEFORE.test(before)) return quotation("scare");
  if (MENTION_BEFORE.test(before) || WORDS_AS_WORDS_BEFORE.test(before) || WORDS_AS_WORDS_AFTER.test(after)) {
    return quotation("mention");
  }
  if (!/\p{L}{2}/u.test(words) || ATTRIBUTE_BEFORE.test(before) || PRONOUN_ONLY.test(words)) {
    return quotation("mention");
  }
  if (isNameOrTerm(words, before, after, sentence)) return quotation("mention");
  const claimed = withoutFullStop(marks, words);
  const spoken =
    isSpeech(words, before, after, marks, sentence) ||
    inReportedClaim(claimed, sentence, attributions) ||
    isClaimedPredicate(claimed, before, sentence, attributions);
  if (spoken) {
    const namedBy = NAMER_BEFORE.exec(before)?.[1] ?? null;
    return quotation("speech", speakerOf(marks, sentences, attributions) ?? namedBy);
  }
  const aside = reportAsideSource(sentence);
  if (aside) return quotation("speech", aside);
  return quotation("scare");
}

/**
 * A name, a title or a term being defined, not a doubt: titles in title case ("Saturday Night Live"),
 * a nickname between first name and surname (Benjamin “Bibi” Netanyahu), anything with a figure in it
 * ("60 Minutes"), a term followed by what it names (the “risk adjustment” program) or by its
 * definition ("bump stocks" - devices that …), or introduced as one ('short for “anti-fascist”').
 */
function isNameOrTerm(words: string, before: string, after: string, sentence: Sentence): boolean {
  if (hasMoreWordsThan(words, MAX_SCARE_WORDS) || words.length > MAX_SCARE_CHARS) return false;
  if (/\p{N}/u.test(words) || /^\p{Lu}{2,}[,.]?$/u.test(words)) return true;
  if (NAME_OR_TERM_BEFORE.test(before) || SPEAK_OF_BEFORE.test(before) || NAME_BEFORE.test(before))
    return true;
  if (hasMoreWordsThan(words, 1) && LEARNED_BEFORE.test(before)) return true;
  if (STRATEGY_OF_BEFORE.test(before)) return true;
  if (NAMED_THING_AFTER.test(after) || DEFINITION_AFTER.test(after)) {
    return true;
  }
  // The comma inside the marks, as American style puts it: '"birthright citizenship," the automatic grant …'.
  if (/,$/.test(words) && /^\s+(?:the|a|an)\s/i.test(after) && !SPEECH_AFTER.test(after)) return true;
  if (/\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) && /^\s+\p{Lu}/u.test(after)) return true;
  // In a title-case headline every word has a capital: a capital there names nothing.
  return sentence.index !== HEADLINE_SENTENCE && isTitleCase(words);
}

/**
 * Two or more words, each significant one capitalised ("Garage East", "The Office", "Lord of the Flies"),
 * or one or more after a lower-case "the" ("the Bowl").
 */
function isTitleCase(words: string): boolean {
  const all = words.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  // "the Bowl", "the Builder": a capitalised name after a lower-case "the".
  const named = all[0] === "the" ? all.slice(1) : all;
  const significant = named.filter(
    (word, index) => index === 0 || !TITLE_SMALL_WORDS.has(word.toLowerCase()),
  );
  const least = named === all ? 2 : 1;
  return significant.length >= least && significant.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/**
 * A short quotation inside a claim reported with a plain cue ('Barr said that … “extremist agitators”')
 * is the source's own words, quoted in part: newspapers mark verbatim fragments of indirect speech so.
 * A claim held at arm's length ("X claimed that the “Assad regime” …"), one put "according to" someone,
 * or one from an unnamed group may carry the author's own scare quotes, so those stay as they are.
 */
function inReportedClaim(marks: Span, sentence: Sentence, attributions: readonly Attribution[]): boolean {
  return claimsHolding(marks, sentence, attributions).some(
    (attribution) => attribution.cueTone === "neutral" && speaksForItself(attribution),
  );
}

/** "the cardinal", "the former minister": one person, named before and now described (not "the left", a side). */
const ONE_DESCRIBED_PERSON =
  /^(?:the|this)\s+(?:(?:former|late|new|then|retired|outgoing|incoming|German|French|Italian|American|British|Russian)\s+)?(?:cardinal|bishop|archbishop|pope|priest|pastor|minister|senator|congressman|congresswoman|governor|mayor|president|chairman|chairwoman|chair|director|chief|judge|prosecutor|spokesman|spokeswoman|spokesperson|author|writer|professor|scientist|doctor|official|ambassador|general|commander|leader|lawyer|attorney|nun|sister|abbot|abbess|king|queen|prince|princess|premier|chancellor|secretary|envoy|economist|historian|columnist|analyst|activist|researcher)$/iu;
/** A document speaks in its own words: "The report shows", "the reports from each region showed", "the letter says". */
const DOCUMENT_SOURCE =
  /^(?:the|this|that|a|an|its|their|his|her|one|each)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:report|reports|study|survey|document|documents|letter|memo|memorandum|guidelines|statement|text|book|article|paper|ruling|judgment|judgement|indictment|complaint|filing|lawsuit|resolution|decree|declaration|exhortation|encyclical|constitution|constitutions|minutes|transcript|email|emails|dossier|audit|assessment|bulletin|release|manifesto|petition|motion|order|notice|website|post|tweet|brochure|leaflet|handbook|manual|policy|charter|treaty|agreement|contract|proposal|draft)\b/iu;

/**
 * A source that speaks for itself: a named person, body or outlet, a pronoun, one person described ("the
 * cardinal", read after a name), or a document; each reporting what it said, not only what it thinks.
 */
function speaksForItself(attribution: Attribution): boolean {
  if (SPEAKER_KINDS.has(attribution.sourceKind)) return true;
  const source = attribution.source.trim();
  return (ONE_DESCRIBED_PERSON.test(source) || DOCUMENT_SOURCE.test(source)) && reportsSpeech(attribution);
}

/**
 * The quotation without the full stop it closes on: a claim ends before the sentence's full stop, which
 * American style puts inside the marks ('… and “fired first.”'). A comma stays: a claim cut at one is
 * the words before a source ('“…,” the mayor said').
 */
function withoutFullStop(marks: Span, words: string): Span {
  return { start: marks.start, end: marks.end - (/[.!?…]+$/.exec(words)?.[0].length ?? 0) };
}

/**
 * The attributions of the sentence whose claim holds the quotation, but for one put "according to" someone
 * and one the writer reports in the first person ("I discussed how …"): the writer's quotes are the writer's.
 */
function claimsHolding(marks: Span, sentence: Sentence, attributions: readonly Attribution[]): Attribution[] {
  return inSentences(attributions, sentence.index, sentence.index).filter(
    (attribution) =>
      !/^according/i.test(attribution.cue) &&
      !WRITER.test(attribution.source) &&
      attribution.claimSpan.start <= marks.start &&
      marks.end <= attribution.claimSpan.end + 1,
  );
}

const ASIDE_VERB =
  "(?:said|says|declared|declares|explained|explains|added|adds|wrote|writes|noted|notes|stated|states|continued|continues|recalled|recalls)";
/**
 * A report set between commas (or a comma and a dash) inside the sentence it reports: 'That rule, declared
 * the Council, applies to …', 'Safety, Dr. Ruiz explained, comes first; that is why …', 'The mayor, he
 * said, seems …', 'The judge showed his hand, Lee writes — he will …'.
 * Group 1 or 2 is the source.
 */
const REPORT_ASIDE = new RegExp(
  String.raw`[^,\s],\s+(?:${ASIDE_VERB}\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}[\p{L}.'’-]*){0,5})|((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|he|she|they)\s+${ASIDE_VERB})\s*[,—–]\s+\p{Ll}`,
  "u",
);

const asideSources = new WeakMap<Sentence, string | null>();

/**
 * The source of a report set between commas in the sentence (see REPORT_ASIDE), when it is not the writer:
 * the whole sentence is what that source said, so its short quotations are the source's words.
 */
function reportAsideSource(sentence: Sentence): string | null {
  // Read once per sentence, however many quotations it holds.
  const known = asideSources.get(sentence);
  if (known !== undefined) return known;
  const match = sentence.text.includes(",") ? REPORT_ASIDE.exec(sentence.text) : null;
  const source = (match?.[1] ?? match?.[2] ?? "").trim();
  const found = source === "" || WRITER.test(source) ? null : source;
  asideSources.set(sentence, found);
  return found;
}

/** "is a", "has become the": what a claim says something is. */
const PREDICATE_NOUN_BEFORE = endAnchored(
  /\b(?:is|are|was|were|be|been|being|(?:become|remain)s?|became|remained)\s+(?:(?:already|also|just|now|still|\p{L}+ly)\s+)?(?:an?|the)\s+$/iu,
);

/**
 * What someone's claim says a thing is, quoted ('commentators who insist that the governor is a “sellout”',
 * 'she claims the levy is a “stealth tax”'), is the claimant's word for it, as after "called it": a claim
 * held at arm's length keeps the author's scare quotes elsewhere in it (the “Assad regime” suffered …).
 */
function isClaimedPredicate(
  marks: Span,
  before: string,
  sentence: Sentence,
  attributions: readonly Attribution[],
): boolean {
  return PREDICATE_NOUN_BEFORE.test(before) && claimsHolding(marks, sentence, attributions).length > 0;
}

/** Any one of these tests says speech; the cheapest come first. */
function isSpeech(words: string, before: string, after: string, marks: Span, sentence: Sentence): boolean {
  if (marks.end > sentence.end) return true;
  if (hasMoreWordsThan(words, MAX_SCARE_WORDS) || words.length > MAX_SCARE_CHARS) return true;
  // A sentence that opens with a quotation ending in its own punctuation is someone speaking.
  if (marks.start === sentence.start && /[.!?…]$/.test(words)) return true;
  if (FIRST_OR_SECOND_PERSON.test(words) || SENTENCE_PIECE.test(words)) return true;
  if (mayEndInSpeechVerb(before) && SPEECH_BEFORE.test(before)) return true;
  if (NAMING_BEFORE.test(before) || SPEECH_ACT_BEFORE.test(before)) return true;
  if (SPEECH_ACT_OBJECT_BEFORE.test(before) || WORDS_OBJECT_BEFORE.test(before)) return true;
  if (DOCUMENT_CLAUSE_BEFORE.test(before)) return true;
  if (SPEAKER_IN_CLAUSE_AFTER.test(after) || SOURCE_CITED_AFTER.test(after)) return true;
  if (PREDICATE_BEFORE.test(before) || VERB_BEFORE.test(before) || CONTRACTED_IS_BEFORE.test(before)) {
    return true;
  }
  if (STARTS_WITH_VERB.test(words) && !DETERMINER_BEFORE.test(before)) return true;
  const punctuated = /[,.!?…]$/.test(words) || /^\s*,/.test(after);
  return punctuated && SPEECH_AFTER.test(after);
}

/**
 * Whether `before` ends, spaces aside, in a letter, a colon or a comma, as every match of SPEECH_BEFORE
 * does ("told reporters", "said:", "said that"): a look at its last character (two code units, for a
 * letter outside the first plane) that spares the pattern, tried at every position, for most quotations.
 */
function mayEndInSpeechVerb(before: string): boolean {
  return /[\p{L}:,]$/u.test(before.trimEnd().slice(-2));
}

/** The attribution whose claim holds the quotation, else the nearest cue around it. */
function speakerOf(
  marks: Span,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): string | null {
  const first = sentenceAt(sentences, marks.start)?.index ?? -1;
  const last = sentenceAt(sentences, marks.end - 1)?.index ?? first;
  const nearby = inSentences(attributions, first, last + 1);
  const holding = nearby.find(
    (attribution) => attribution.claimSpan.start < marks.end && marks.start < attribution.claimSpan.end,
  );
  const closest =
    holding ??
    nearby
      .filter((attribution) => distance(attribution.cueSpan, marks) <= 60)
      .sort((a, b) => distance(a.cueSpan, marks) - distance(b.cueSpan, marks))[0];
  return closest ? (closest.resolvedSource ?? closest.source) : null;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
