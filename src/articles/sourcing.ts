import { MONTH_NAMES } from "../analysis/lexicon/months";
import type { ArticleAnalysis, BoilerplateKind } from "../analysis/types";
import { displayText } from "./display-text";

/** "2019-11-26" as "26 November 2019"; anything else as given. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = MONTH_NAMES[Number(match?.[2]) - 1];
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The readable words of every boilerplate passage of a kind, joined; null when the article has none. */
export function boilerplateText(analysis: ArticleAnalysis, kind: BoilerplateKind): string | null {
  const passages = analysis.boilerplate.filter((passage) => passage.kind === kind);
  if (passages.length === 0) return null;
  return passages.map((passage) => displayText(passage.text)).join(" ");
}

/** The first sentence of a passage, without a leading "Disclaimer:" label, cut at a word within `max` characters. */
export function shortQuote(passage: string, max = 160): string {
  const body = passage.replace(/^\s*[A-Z][\w ]{0,30}:\s+/, "");
  const firstSentence = /^.*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body;
  if (firstSentence.length <= max) return firstSentence;
  const cut = firstSentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[\s,;:]+$/, "")}…`;
}
