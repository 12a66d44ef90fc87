import type { Boilerplate } from "../../analysis/types";
import { type BuildInput, finishQuestion } from "../draft";
import { excerpt, plainText, quote } from "../text";
import type { Question } from "../types";

/** The sentence of a disclaimer that disowns the content ("will not be responsible for any inaccurate …"). */
function disowningPart(text: string, disclaimer: Boilerplate) {
  const match = /will not be responsible[^.]*\./i.exec(disclaimer.text);
  const focus = match
    ? { start: disclaimer.start + match.index, end: disclaimer.start + match.index + match[0].length }
    : disclaimer;
  return { focus, shown: excerpt(text, disclaimer, focus, 150) };
}

/** "What does this donation appeal tell you about the piece?" from the first appeal at the end. */
export function buildDonationAppealQuestions({ article, analysis }: BuildInput): Question[] {
  const appeal = analysis.boilerplate.find((item) => item.kind === "donation-appeal");
  if (!appeal) return [];
  const shown = excerpt(article.text, appeal, appeal, 130);
  const producer = analysis.meta.author ? plainText(analysis.meta.author) : "the outlet";
  return [
    finishQuestion(
      { article, analysis },
      {
        skill: "sourcing",
        kind: "donation-appeal",
        difficulty: 2,
        prompt: `The piece ends: ${quote(shown)} What does this tell you?`,
        options: [
          {
            text: "Its producer relies on readers' money",
            correct: true,
            feedback: "Right.",
          },
          {
            text: "The facts in the piece have been checked",
            feedback: "No: asking for money says nothing about checking facts.",
          },
          {
            text: "It is an independent wire-agency report",
            feedback: "No: wire agencies do not ask readers for donations at the end of a story.",
          },
          {
            text: "Nothing: it is part of the news report",
            feedback: "It is not reporting at all: it is an appeal from the producer.",
          },
        ],
        explanation: `${quote(shown)} is an appeal, not reporting: ${producer} asks readers who like its "approach" to fund it. That tells you who is behind the piece and that it writes for supporters; it proves nothing either way about the facts.`,
        evidence: [{ start: appeal.start, end: appeal.end }],
      },
    ),
  ];
}

/** "The publisher will not be responsible for any inaccurate statement": what the disclaimer tells you. */
export function buildDisclaimerQuestions({ article, analysis }: BuildInput): Question[] {
  const disclaimer = analysis.boilerplate.find((item) => item.kind === "disclaimer");
  if (!disclaimer) return [];
  const { focus, shown } = disowningPart(article.text, disclaimer);
  const publisher = analysis.meta.publisher ? plainText(analysis.meta.publisher) : "The publisher";
  return [
    finishQuestion(
      { article, analysis },
      {
        skill: "sourcing",
        kind: "publisher-disclaimer",
        difficulty: 2,
        prompt: `At the bottom of the page: ${quote(shown)} What does this tell you?`,
        options: [
          {
            text: `${publisher} does not vouch for the piece's accuracy`,
            correct: true,
            feedback: "Right.",
          },
          {
            text: `${publisher} has checked every fact in the piece for you`,
            feedback: "No: it says the opposite: errors are the author's problem, not the publisher's.",
          },
          {
            text: "The author is anonymous",
            feedback: "No: the disclaimer is about responsibility for the content, not about who wrote it.",
          },
          {
            text: "It is an official government statement",
            feedback: "No: it is the website's own legal note.",
          },
        ],
        explanation: `The disclaimer says ${quote(shown)}: the site that put the piece out takes no responsibility for whether it is true. Nobody but the author stands behind it.`,
        evidence: [focus],
      },
    ),
  ];
}
