import { ACTION_CLASSES, type ActionClass, type ActionTerm, type Leaning } from "./lexicon";
import { compileForms, firstWordsOf, formKey, lastWordsOf } from "./lexicon/forms";
import { MONTH_ALTERNATION } from "./lexicon/months";
import { quotationSpans } from "./quotations";
import { REPORTING_VERBS } from "./reporting-cues";
import { overlapsAnyOf } from "./spans";
import type { Asymmetry, AsymmetrySide, Sentence, Span } from "./types";

const TERM_BY_FORM = new Map<string, { actionClass: ActionClass; term: ActionTerm }>(
  ACTION_CLASSES.flatMap((actionClass) =>
    actionClass.terms.flatMap((term) =>
      term.forms.map((form) => [formKey(form), { actionClass, term }] as const),
    ),
  ),
);
const findActionForms = compileForms(TERM_BY_FORM.keys());
const MAX_ACTIONS_PER_SENTENCE = 8;
/** How far before and after an action its actor and object are looked for: a long sentence costs each match the same. */
const ACTOR_REACH = 300;
/** How many words next to an action its object is looked for in. */
const OBJECT_REACH_WORDS = 6;

/** The start of the first whole word at or after `at`, so a window never begins mid-word. */
function nextWordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(" ", at);
  return space === -1 ? at : space + 1;
}

/**
 * A sentence that holds someone's claim at arm's length ("X claimed that …"): its wording is the
 * claimant's. As for loaded terms, a claim reported with "said" or "according to" is in the outlet's words.
 */
const DISTANCED = new RegExp(
  `\\b(?:${Object.entries(REPORTING_VERBS)
    .filter(([, tone]) => tone === "distancing")
    .map(([cue]) => cue.replace(/ /g, "\\s+"))
    .join("|")})\\b`,
  "i",
);
const CLAUSE_BOUNDARY =
  /[;:–—]|\b(?:that|which|who|while|when|whereas|but|because|although|though|since|until|where|if|once)\b/gi;
const PRONOUNS = new Set(["they", "it", "he", "she", "we", "these", "those", "them"]);
/** Chunks that open a sentence without being its subject: "On November 24", "Backed by air strikes". */
const NOT_A_SUBJECT_START =
  /^(?:on|in|by|at|since|after|before|during|over|under|despite|following|amid|throughout|within|backed|led|known|supported|located|including|with|without|according|as|earlier|later|late|early|then|also|furthermore|meanwhile|however|currently|nonetheless|recently|finally|now|so|yesterday|today|last|this|next)\b/i;
const LEADING_LINKS = /^(?:and|but|then|also|so)\s+/i;
const MONTH = `(?:${MONTH_ALTERNATION})`;
/** A time phrase that opens a clause without a comma: "On Friday they captured …". */
const LEADING_TIME = new RegExp(
  `^(?:(?:late|early)\\s+)?(?:on|by|in|since|until|after|before)\\s+(?:\\w+day|${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|\\d{4}|(?:the\\s+)?(?:same\\s+day|morning|evening|night|weekend))\\s+`,
  "i",
);
const AUXILIARIES = new Set(
  "is are was were be been being has have had will would shall should can could may might must do does did".split(
    " ",
  ),
);
const IRREGULAR_PAST = new Set(
  "took began fought struck made held won lost came went saw said told gave got kept left ran drove broke shot sent put overran retook fled".split(
    " ",
  ),
);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "these",
  "those",
  "this",
  "that",
]);
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** Where a by-phrase or "fell to" phrase ends. */
const PHRASE_END =
  /[,;:.()–—]|\s(?:on|in|at|after|before|during|near|with|from|since|following|amid|late|early)\s/i;

/** Words that put an actor on the side of a state or of an armed group. */
const STATE_WORDS = new Set([
  "army",
  "armies",
  "troops",
  "soldiers",
  "military",
  "government",
  "forces",
  "navy",
  "police",
  "ministry",
  "units",
  "marines",
  "regime",
  "airforce",
]);
const ARMED_GROUP_WORDS = new Set([
  "militants",
  "militant",
  "rebels",
  "rebel",
  "insurgents",
  "insurgent",
  "fighters",
  "groups",
  "group",
  "militia",
  "militias",
  "terrorists",
  "terrorist",
  "jihadists",
  "jihadis",
  "radicals",
  "extremists",
  "gunmen",
  "cell",
  "cells",
  "opposition",
  "separatists",
  "guerrillas",
]);
const BYSTANDERS = new Set([
  "civilians",
  "residents",
  "people",
  "families",
  "refugees",
  "villagers",
  "children",
  "women",
  "protesters",
  "shelling",
  "fire",
]);
const NOT_NAMES = new Set([
  ...DETERMINERS,
  "pro",
  "anti",
  "united",
  "local",
  "several",
  "some",
  "many",
  "most",
  "both",
  "all",
  "other",
  "foreign",
  "armed",
  "allied",
]);
const BACKING = /^(?:backed|led|linked|affiliated|supported|controlled|allied|aligned|held|occupied|based)$/;

type SideKind = "state" | "armed-group" | null;

interface Actor {
  text: string;
  kind: SideKind;
  /** Capitalised words that name the actor's own side: "Russian", "SDF", "Hayat". */
  names: Set<string>;
}

interface Occurrence extends AsymmetrySide {
  action: string;
  leaning: Leaning;
  side: Actor;
}

/**
 * The same kind of action told in words that lean differently for different sides: the army
 * "liberated" a town while militants "captured" villages. Only the outlet's own sentences count.
 */
export function findAsymmetries(text: string, sentences: readonly Sentence[]): Asymmetry[] {
  const quoted = overlapsAnyOf(quotationSpans(text, sentences));
  const occurrences = sentences.flatMap((sentence) => occurrencesIn(text, sentence, sentences, quoted));
  return ACTION_CLASSES.flatMap((actionClass) => {
    // Occurrences with the same actor and term contrast alike, so compare one of each (linear in repeats).
    const ofClass = oncePerActorAndTerm(
      occurrences.filter((occurrence) => occurrence.action === actionClass.action),
    );
    const contrasting = ofClass.filter((one) => ofClass.some((other) => contrast(one, other)));
    if (contrasting.length === 0) return [];
    return [{ action: actionClass.action, sides: oncePerActorAndTerm(contrasting).map(toSide) }];
  });
}

/** Two tellings of one action contrast when the words lean differently and the actors are on different sides. */
function contrast(a: Occurrence, b: Occurrence): boolean {
  return a.leaning !== b.leaning && formKey(a.term) !== formKey(b.term) && onDifferentSides(a.side, b.side);
}

function onDifferentSides(a: Actor, b: Actor): boolean {
  if (a.kind && b.kind && a.kind !== b.kind) return true;
  if (a.names.size === 0 || b.names.size === 0) return false;
  return ![...a.names].some((name) => b.names.has(name));
}

function oncePerActorAndTerm(occurrences: readonly Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return occurrences.filter((occurrence) => {
    const key = `${occurrence.actor.toLowerCase()}|${formKey(occurrence.term)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toSide(occurrence: Occurrence): AsymmetrySide {
  return {
    actor: occurrence.actor,
    term: occurrence.term,
    sentence: occurrence.sentence,
    start: occurrence.start,
    end: occurrence.end,
  };
}

function occurrencesIn(
  text: string,
  sentence: Sentence,
  sentences: readonly Sentence[],
  quoted: (span: Span) => boolean,
): Occurrence[] {
  // A sentence names a few actions; past MAX_ACTIONS_PER_SENTENCE the rest are not read (bounds the cost).
  const matches = findActionForms(text, sentence.start, sentence.end, MAX_ACTIONS_PER_SENTENCE);
  if (matches.length === 0 || DISTANCED.test(sentence.text)) return [];
  const found: Occurrence[] = [];
  for (const match of matches) {
    const entry = TERM_BY_FORM.get(match.key);
    if (!entry) continue;
    const span = { start: match.start, end: match.end };
    if (quoted(span)) continue;
    const before = text.slice(
      Math.max(sentence.start, nextWordStart(text, match.start - ACTOR_REACH)),
      match.start,
    );
    const after = text.slice(match.end, Math.min(sentence.end, match.end + ACTOR_REACH));
    const window = { before, after, beforeWords: lastWordsOf(before, OBJECT_REACH_WORDS) };
    const actorText = actorOf(entry.term, text.slice(match.start, match.end), window, sentence, sentences);
    if (!actorText || !hasObject(entry.actionClass, entry.term, window)) continue;
    const side = actorFrom(actorText);
    if (!side) continue;
    found.push({
      action: entry.actionClass.action,
      leaning: entry.term.leaning,
      side,
      actor: actorText,
      term: text.slice(span.start, span.end),
      sentence: sentence.index,
      ...span,
    });
  }
  return found;
}

/** The text before and after an action, within ACTOR_REACH, and the words before it (read once for both rules). */
interface ActionWindow {
  before: string;
  after: string;
  /** The last OBJECT_REACH_WORDS words: all the rules read of them. */
  beforeWords: readonly string[];
}

/** Who did it: the by-phrase of a passive, the phrase after "fell to", else the clause's subject. */
function actorOf(
  term: ActionTerm,
  termText: string,
  { before, after, beforeWords: previousWords }: ActionWindow,
  sentence: Sentence,
  sentences: readonly Sentence[],
): string | null {
  if (term.actorAfter === "to") return phraseAt(after);
  if (/(?:^|[\s(])to\s+$/i.test(before) || /[-‑]$/.test(before)) return null;
  const last = previousWords[previousWords.length - 1] ?? "";
  // "the occupied territories": a one-word term after a determiner is an adjective, not an act.
  if (DETERMINERS.has(last) && !/\s/.test(termText)) return null;
  if (isPassive(previousWords)) {
    const by = /^[^,;.]*?\bby\s+/i.exec(after);
    return by ? phraseAt(after.slice(by[0].length)) : null;
  }
  const subject = subjectBefore(before);
  if (!subject) return null;
  if (!PRONOUNS.has(subject.toLowerCase())) return subject;
  return subjectOfEarlierSentence(sentence, sentences);
}

/** "they" and "it" stand for the subject of the sentence before (or the one before that). */
function subjectOfEarlierSentence(sentence: Sentence, sentences: readonly Sentence[]): string | null {
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 3); index--) {
    const earlier = sentences[index];
    if (!earlier) return null;
    const subject = firstSubject(earlier.text);
    if (subject && !PRONOUNS.has(subject.toLowerCase())) return subject;
    if (!subject) return null;
  }
  return null;
}

/** The subject of a sentence's main clause: the first chunk that is not an opening adverbial. */
function firstSubject(sentenceText: string): string | null {
  for (const chunk of chunksOf(sentenceText)) {
    const subject = nounPhraseAtStart(chunk);
    if (subject) return subject;
  }
  return null;
}

/** The subject of the clause that ends where the term begins, skipping asides such as ", led by …,". */
function subjectBefore(before: string): string | null {
  const clause = before.slice(lastBoundaryEnd(before));
  const chunks = chunksOf(clause);
  for (let index = chunks.length - 1; index >= 0; index--) {
    const subject = nounPhraseAtStart(chunks[index] ?? "");
    if (subject) return subject;
  }
  return null;
}

function lastBoundaryEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(CLAUSE_BOUNDARY)) end = match.index + match[0].length;
  return end;
}

/** Comma-separated chunks with bracketed asides removed. */
function chunksOf(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, " ")
    .split(",")
    .map((chunk) => chunk.trim().replace(LEADING_LINKS, "").replace(LEADING_TIME, ""))
    .filter((chunk) => chunk !== "");
}

/** The words from the chunk's start up to its first verb: "militants attacked and" → "militants". */
function nounPhraseAtStart(chunk: string): string | null {
  if (NOT_A_SUBJECT_START.test(chunk)) return null;
  const words = chunk.split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length > 0 && isVerb(word, kept[kept.length - 1] ?? "")) break;
    if (kept.length === 0 && AUXILIARIES.has(word.toLowerCase())) return null;
    kept.push(word);
  }
  const phrase = kept.join(" ").replace(/\s+(?:and|or)$/i, "");
  if (phrase === "" || kept.length > 10 || !/\p{L}/u.test(phrase)) return null;
  return phrase;
}

function isVerb(word: string, previous: string): boolean {
  const lower = word.toLowerCase();
  if (AUXILIARIES.has(lower) || IRREGULAR_PAST.has(lower)) return true;
  return /^[a-z]+ed$/.test(word) && !DETERMINERS.has(previous.toLowerCase());
}

/** A noun phrase at the start of `text`, up to punctuation or a preposition of time and place. */
function phraseAt(text: string): string | null {
  const end = text.search(PHRASE_END);
  const phrase = (end === -1 ? text : text.slice(0, end)).trim();
  return phrase === "" || phrase.split(/\s+/).length > 10 ? null : phrase;
}

function isPassive(previousWords: readonly string[]): boolean {
  const last = previousWords[previousWords.length - 1] ?? "";
  const beforeLast = previousWords[previousWords.length - 2] ?? "";
  return BE_FORMS.has(last) || (last.endsWith("ly") && BE_FORMS.has(beforeLast));
}

/** Territory needs a place ("the town of", "Misherfah"), killing needs people; withdrawing needs nothing. */
function hasObject(
  actionClass: ActionClass,
  term: ActionTerm,
  { before, after, beforeWords }: ActionWindow,
): boolean {
  const object = term.object ?? actionClass.object;
  if (object.length === 0 || term.actorAfter === "to") return true;
  const passive = isPassive(beforeWords);
  const near = passive ? beforeWords : firstWordsOf(after, OBJECT_REACH_WORDS);
  if (near.some((word) => object.includes(word))) return true;
  if (!actionClass.objectMayBeName) return false;
  const nearText = passive
    ? before.split(/\s+/).slice(-4).join(" ")
    : after.split(/\s+/).slice(0, 4).join(" ");
  return /(?:^|\s)(?:(?:the|al|el)[\s-]+)?\p{Lu}/u.test(nearText.trim());
}

/** Which side an actor is on, or null for bystanders ("civilians fled") and actors too vague to place. */
function actorFrom(text: string): Actor | null {
  const words = text.split(/[\s-]+/).filter(Boolean);
  const lower = words.map((word) => word.toLowerCase());
  if (
    lower.some((word) => BYSTANDERS.has(word)) &&
    !lower.some((word) => STATE_WORDS.has(word) || ARMED_GROUP_WORDS.has(word))
  ) {
    return null;
  }
  const antiGovernment = /\banti[\s-]+government\b/i.test(text);
  const armed = antiGovernment || lower.some((word) => ARMED_GROUP_WORDS.has(word));
  const state = !antiGovernment && lower.some((word) => STATE_WORDS.has(word));
  // "Regime forces and Iranian militias", "pro-government militias": an army's allies are on its side.
  const kind: SideKind = state ? "state" : armed ? "armed-group" : null;
  const names = new Set(
    words
      .filter((word, index) => /^\p{Lu}/u.test(word) && index > 0 && !BACKING.test(lower[index + 1] ?? ""))
      .map((word) => word.toLowerCase()),
  );
  // The first word is capitalised anyway at the start of a sentence; count it unless it is a common word.
  if (/^\p{Lu}/u.test(words[0] ?? "") && !BACKING.test(lower[1] ?? "") && !NOT_NAMES.has(lower[0] ?? "")) {
    names.add(lower[0] ?? "");
  }
  for (const generic of [...STATE_WORDS, ...ARMED_GROUP_WORDS]) names.delete(generic);
  if (!kind && names.size === 0) return null;
  return { text, kind, names };
}
