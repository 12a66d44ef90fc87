import type { ArticleAnalysis, Span } from "../../analysis/types";
import { type BuildInput, finishQuestion } from "../draft";
import { plainText, quote } from "../text";
import type { Question } from "../types";

/** Where the article names its author: the "By …" line, else the "Articles by:" credit. */
export function findAuthorSpan(text: string, analysis: ArticleAnalysis): Span | null {
  const byline = /^[ \t]*By\s+\S.*$/m.exec(text);
  if (byline) return { start: byline.index, end: byline.index + byline[0].trimEnd().length };
  const credit = analysis.boilerplate.find((item) => item.kind === "author-credit");
  return credit ? { start: credit.start, end: credit.end } : null;
}

/** Where the article names its publisher: the dateline "Global Research, December 24, 2019", else any mention. */
export function findPublisherSpan(text: string, publisher: string): Span | null {
  const escaped = publisher.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const dateline = new RegExp(`^[ \\t]*${escaped},[^\\n]*$`, "m").exec(text);
  if (dateline) return { start: dateline.index, end: dateline.index + dateline[0].trimEnd().length };
  const start = text.indexOf(publisher);
  return start >= 0 ? { start, end: start + publisher.length } : null;
}

/** "Who wrote this piece, and who put it out?" when one outlet produced it and another republished it. */
export function buildProducerPublisherQuestions({ article, analysis }: BuildInput): Question[] {
  const { author, publisher, republished } = analysis.meta;
  if (!author || !publisher || !republished || author === publisher) return [];
  const authorSpan = findAuthorSpan(article.text, analysis);
  const publisherSpan = findPublisherSpan(article.text, publisher);
  if (!authorSpan || !publisherSpan) return [];
  const writer = plainText(author);
  const outlet = plainText(publisher);
  const question = finishQuestion(
    { article, analysis },
    {
      skill: "sourcing",
      kind: "producer-publisher",
      difficulty: 2,
      prompt: "Who wrote this piece, and who put it out?",
      options: [
        {
          text: `${writer} wrote it; ${outlet} put it out`,
          correct: true,
          feedback: `Right: the byline names ${writer} as the author, and ${outlet} is the site that put it out.`,
        },
        {
          text: `${outlet} wrote and published it`,
          feedback: `No: the byline credits ${writer}; ${outlet} only put it out.`,
        },
        {
          text: `${outlet} wrote it; ${writer} put it out`,
          feedback: `No: it is the other way round.`,
        },
        {
          text: "A reporter on the ground wrote it",
          feedback: `No: no reporter is named; the piece is credited to ${writer}.`,
        },
      ],
      explanation: `The byline reads ${quote(plainText(article.text.slice(authorSpan.start, authorSpan.end)))} and the page comes from ${quote(plainText(article.text.slice(publisherSpan.start, publisherSpan.end)))}: ${writer} is credited with the piece and ${outlet} is the site that put it out. Whether it first appeared somewhere else is a separate check, made off the page. To judge it, ask who ${writer} is, not only who ${outlet} is.`,
      evidence: [authorSpan, publisherSpan].sort((left, right) => left.start - right.start),
    },
  );
  return [question];
}
