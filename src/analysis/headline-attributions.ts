/**
 * Attributions in a headline, read by their own two rules: headlines drop the words body rules lean on
 * ("Flynn says Trump 'absolutely right'", "Pence: Flowers won't be at debate"), and title case hides
 * names from the tagger. The headline is read to MAX_HEADLINE_LENGTH characters, in one pass over its words.
 */
import { makeAttribution } from "./attributions";
import { REPORTING_VERB_LEXICON, type ReportingVerb } from "./lexicon/reporting-verbs";
import { type Attribution, HEADLINE_SENTENCE, type Sentence, type Span } from "./types";

/** Words before a colon that head a section or a format, not a speaker: "The Latest:", "Video:". */
const HEADLINE_LABELS = new Set(
  "the latest|latest|video|videos|watch|live|update|updated|breaking|breaking news|exclusive|analysis|opinion|editorial|explainer|fact check|factbox|review|photos|photo|podcast|interview|q&a|timeline|commentary|letters|obituary|correction|clarification|abstract|editor's note|news|report|special report|poll watch".split(
    "|",
  ),
);
/** A speaker before a colon: one to three capitalised words ("Pence:", "Rush Limbaugh:"), maybe "on a topic". */
const SPEAKER_COLON =
  /^\s*(?:#+\s*)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(\s+on\s+[^:]{1,60})?\s*(:)\s+\S/;
const MAX_SOURCE_WORDS = 6;

/** The present-tense forms a headline reports with ("says", "urges", "denies"), each with its verb. */
const HEADLINE_VERBS = new Map<string, ReportingVerb>(
  REPORTING_VERB_LEXICON.filter((verb) => !verb.lemma.includes(" ") && !verb.quoting && !verb.objects).map(
    (verb) => [presentTense(verb.lemma), verb],
  ),
);

function presentTense(lemma: string): string {
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

/**
 * "X says …", "X urges …", "…, X says.", "X: …": the headline's attributions, with sentence
 * HEADLINE_SENTENCE. The question bank does not ask about them (the body tells the same in full).
 */
export function findHeadlineAttributions(text: string, headline: Span): Attribution[] {
  const sentence: Sentence = {
    start: headline.start,
    end: headline.end,
    text: text.slice(headline.start, headline.end),
    index: HEADLINE_SENTENCE,
    paragraph: -1,
  };
  return [speakerBeforeColon(sentence), ...verbsOfHeadline(sentence)].filter(
    (attribution): attribution is Attribution => attribution !== null,
  );
}

/** "Pence: Gennifer Flowers won't be at debate", "Obama on Climate Change: The Trends Are 'Terrifying'". */
function speakerBeforeColon(sentence: Sentence): Attribution | null {
  const match = SPEAKER_COLON.exec(sentence.text);
  const name = match?.[1];
  if (!match || !name || HEADLINE_LABELS.has(name.toLowerCase())) return null;
  const start = match[0].indexOf(name);
  const colon = match[0].lastIndexOf(":");
  const source = { start, end: start + name.length };
  const cue = { start: match[2] ? start + name.length + 1 : colon, end: colon + 1 };
  return makeAttribution(sentence, { source, cue, claim: claimAfter(sentence.text, colon + 1) });
}

/** "Trump urges supporters to …", "Judge rejects …", "…, Lindsey Graham Says.": a verb in the present. */
function verbsOfHeadline(sentence: Sentence): Attribution[] {
  const words = [...sentence.text.matchAll(/[^\s]+/g)];
  const found: Attribution[] = [];
  for (const [at, word] of words.entries()) {
    const bare = word[0].replace(/[.,;:!?]+$/, "");
    const verb = HEADLINE_VERBS.get(bare.toLowerCase());
    if (!verb || at === 0) continue;
    const next = words[at + 1]?.[0].toLowerCase().replace(/[^\w]+$/, "");
    if (verb.only && !verb.only.includes(next ?? "")) continue;
    const source = sourceBefore(sentence.text, words, at);
    if (!source) continue;
    const cue = { start: word.index, end: word.index + bare.length };
    const trailing = cue.end >= sentence.text.replace(/[\s.!?]+$/, "").length;
    const claim = trailing ? claimBefore(sentence.text, source.start) : claimAfter(sentence.text, cue.end);
    found.push(makeAttribution(sentence, { source, cue, claim }, verb.tone, verb.negative));
    break; // a headline reports once
  }
  return found;
}

/** The words before the verb back to the start, a colon or a comma: one to six of them, no quotation. */
function sourceBefore(text: string, words: RegExpMatchArray[], verbAt: number): Span | null {
  let first = verbAt;
  while (first > 0 && verbAt - first < MAX_SOURCE_WORDS) {
    const previous = (words[first - 1] as RegExpMatchArray)[0];
    if (/[:;,]$/.test(previous) || /[“”"‘’']/.test(previous.replace(/['’]s?$/, ""))) break;
    first--;
  }
  while (first < verbAt && /^#+$/.test((words[first] as RegExpMatchArray)[0])) first++;
  if (first === verbAt) return null;
  const before = words[first - 1]?.[0];
  if (before !== undefined && !/[:;,]$/.test(before) && !/^#+$/.test(before)) return null;
  const start = (words[first] as RegExpMatchArray).index ?? 0;
  const last = words[verbAt - 1] as RegExpMatchArray;
  const sourceText = text.slice(start, (last.index ?? 0) + last[0].length);
  if (/^(?:it|this|that|he|she|they|#+)$/i.test(sourceText) || HEADLINE_LABELS.has(sourceText.toLowerCase()))
    return null;
  return { start, end: start + sourceText.length };
}

function claimAfter(text: string, from: number): Span {
  let start = from;
  let end = text.length;
  while (start < end && /[\s“"‘']/.test(text[start] ?? "")) start++;
  while (end > start && /[\s.;:!?”"’']/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

function claimBefore(text: string, to: number): Span {
  let end = to;
  while (end > 0 && /[\s,“"‘']/.test(text[end - 1] ?? "")) end--;
  return { start: 0, end };
}
