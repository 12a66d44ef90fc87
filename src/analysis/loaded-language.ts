import { type LexiconEntry, LOADED_TERMS } from "./lexicon/loaded-terms";
import { findQuotations, type Quotation } from "./quotations";
import type { Attribution, LoadedTerm, Sentence, Span } from "./types";

const ENTRY_BY_FORM = new Map<string, LexiconEntry>(
  LOADED_TERMS.flatMap((entry) => entry.forms.map((form) => [form, entry] as const)),
);
const FORM_PATTERN = [...ENTRY_BY_FORM.keys()]
  .sort((a, b) => b.length - a.length)
  .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
  .join("|");
/** Every form at once; hyphens count as word characters so "anti-terrorist" is not "terrorist". */
const LEXICON_MATCH = new RegExp(`(?<![\\w-])(?:${FORM_PATTERN})(?![\\w-])`, "gi");
const SO_CALLED = /\bso-called\s+/gi;
const SO_CALLED_STOP =
  /^(said|say|says|claimed|claims|is|are|was|were|has|have|had|will|would|of|in|on|and|that|which|with|to|by|for|who|\w+ed)$/i;
const CONTEXT_WINDOW = 60;

interface Voice {
  voice: "author" | "quoted";
  speaker: string | null;
}

/** Wording that takes sides, with neutral alternatives; quoted speakers' words are told apart from the outlet's. */
export function findLoadedTerms(
  text: string,
  sentences: readonly Sentence[],
  attributions: readonly Attribution[],
): LoadedTerm[] {
  return sentences.flatMap((sentence) => {
    const own = attributions.filter((item) => item.sentence === sentence.index);
    const quotations = findQuotations(sentence.text).map((quote) => shift(quote, sentence.start));
    const found = [
      ...lexiconTerms(text, sentence, own, quotations),
      ...scareQuotes(text, sentence, quotations),
      ...soCalled(text, sentence),
    ];
    return found.sort((a, b) => a.start - b.start);
  });
}

function shift(quote: Quotation, offset: number): Quotation {
  return {
    start: quote.start + offset,
    end: quote.end + offset,
    inner: { start: quote.inner.start + offset, end: quote.inner.end + offset },
    scare: quote.scare,
  };
}

function lexiconTerms(
  text: string,
  sentence: Sentence,
  attributions: readonly Attribution[],
  quotations: readonly Quotation[],
): LoadedTerm[] {
  const terms: LoadedTerm[] = [];
  for (const match of sentence.text.matchAll(LEXICON_MATCH)) {
    const entry = ENTRY_BY_FORM.get(match[0].toLowerCase().replace(/\s+/g, " "));
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (!entry || !fitsContext(text, entry, start, end) || isPartOfName(text, sentence, start, end)) continue;
    terms.push({
      text: match[0],
      category: entry.category,
      neutral: [...entry.neutral],
      explanation: entry.explanation,
      ...voiceOf({ start, end }, attributions, quotations),
      sentence: sentence.index,
      start,
      end,
    });
  }
  return terms;
}

function fitsContext(text: string, entry: LexiconEntry, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CONTEXT_WINDOW), start);
  const after = text.slice(end, end + CONTEXT_WINDOW);
  if (entry.notFollowedBy?.test(after) || entry.notPrecededBy?.test(before)) return false;
  if (entry.onlyFollowedBy && !entry.onlyFollowedBy.test(after)) return false;
  if (entry.onlyPrecededBy && !entry.onlyPrecededBy.test(before)) return false;
  return true;
}

/** A capitalised match inside a run of capitalised words is a name: "Foreign Terrorist Organization". */
function isPartOfName(text: string, sentence: Sentence, start: number, end: number): boolean {
  if (!/^[A-Z]/.test(text.slice(start, end)) || start === sentence.start) return false;
  const previousWord = /([\w-]+)\W*$/.exec(text.slice(sentence.start, start))?.[1] ?? "";
  const nextWord = /^\W*([\w-]+)/.exec(text.slice(end, sentence.end))?.[1] ?? "";
  return /^[A-Z]/.test(previousWord) || /^[A-Z]/.test(nextWord);
}

/**
 * Whose words these are: inside a real quotation or a scare quote they belong to whoever is quoted;
 * inside a claim reported with a distancing verb ("claimed that …") they are the claimant's framing.
 */
function voiceOf(span: Span, attributions: readonly Attribution[], quotations: readonly Quotation[]): Voice {
  const quote = quotations.find((item) => item.inner.start <= span.start && span.end <= item.inner.end);
  const claimant = attributions.find(
    (item) => item.claimSpan.start <= span.start && span.end <= item.claimSpan.end,
  );
  const speaker = claimant ? (claimant.resolvedSource ?? claimant.source) : null;
  if (quote) return { voice: "quoted", speaker: speaker ?? attributions[0]?.source ?? null };
  if (claimant && claimant.cueTone === "distancing") return { voice: "quoted", speaker };
  return { voice: "author", speaker: null };
}

function scareQuotes(text: string, sentence: Sentence, quotations: readonly Quotation[]): LoadedTerm[] {
  return quotations
    .filter((quote) => quote.scare)
    .map((quote) => {
      const phrase = text.slice(quote.inner.start, quote.inner.end);
      return {
        text: text.slice(quote.start, quote.end),
        category: "scare-quotes" as const,
        neutral: [phrase],
        explanation:
          "Quotation marks around a short phrase nobody is quoted as saying tell you the writer doubts or mocks it, without saying why.",
        voice: "author" as const,
        speaker: null,
        sentence: sentence.index,
        start: quote.start,
        end: quote.end,
      };
    });
}

function soCalled(text: string, sentence: Sentence): LoadedTerm[] {
  return [...sentence.text.matchAll(SO_CALLED)].flatMap((match) => {
    const start = sentence.start + match.index;
    const phraseStart = start + match[0].length;
    const phrase = namedPhrase(text.slice(phraseStart, sentence.end));
    if (phrase === "") return [];
    return [
      {
        text: text.slice(start, phraseStart + phrase.length),
        category: "so-called" as const,
        neutral: [phrase],
        explanation:
          "'So-called' distances the writer from a name or idea and hints it is false, without saying why.",
        voice: "author" as const,
        speaker: null,
        sentence: sentence.index,
        start,
        end: phraseStart + phrase.length,
      },
    ];
  });
}

/** Up to three words after "so-called", stopping at punctuation, verbs and linking words. */
function namedPhrase(rest: string): string {
  let words = 0;
  let phraseEnd = 0;
  for (const match of rest.matchAll(/[“"]?[\w'’-]+[”"]?/g)) {
    const gap = rest.slice(phraseEnd, match.index);
    if (words === 3 || /\S/.test(gap) || (words > 0 && SO_CALLED_STOP.test(match[0]))) break;
    words++;
    phraseEnd = match.index + match[0].length;
  }
  return rest.slice(0, phraseEnd);
}
