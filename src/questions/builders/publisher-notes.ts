import type { Boilerplate, Span } from "../../analysis/types";
import { type BuildInput, finishQuestion } from "../draft";
import { excerpt, plainText, quote } from "../text";
import type { Question } from "../types";

/** The sentence of a disclaimer that disowns the content ("will not be responsible for any inaccurate …"). */
function disowningPart(text: string, disclaimer: Boilerplate) {
  // The whole sentence, from its first word: "The Centre for Research on Globalization will not be …".
  const match = /[^.:*]*will not be responsible[^.]*\./i.exec(disclaimer.text);
  const lead = match ? match[0].length - match[0].trimStart().length : 0;
  const focus = match
    ? { start: disclaimer.start + match.index + lead, end: disclaimer.start + match.index + match[0].length }
    : disclaimer;
  return { focus, shown: excerpt(text, focus, focus, 200) };
}

/** The sentence of an appeal that asks for money ("… please support the project."), else the whole appeal. */
function askingPart(appeal: Boilerplate): Span {
  const match = /[^.:*]*\b(please support|donat|support the project)[^.]*\./i.exec(appeal.text);
  if (!match) return appeal;
  const lead = match[0].length - match[0].trimStart().length;
  return { start: appeal.start + match.index + lead, end: appeal.start + match.index + match[0].length };
}

/** "What does this donation appeal tell you about the piece?" from the first appeal at the end. */
export function buildDonationAppealQuestions({ article, analysis }: BuildInput): Question[] {
  const appeals = analysis.boilerplate.filter((item) => item.kind === "donation-appeal");
  // The appeal that asks for money, not the line before it that only names the producer.
  const appeal = appeals.find((item) => /please support|donat|paypal/i.test(item.text)) ?? appeals[0];
  if (!appeal) return [];
  const asking = askingPart(appeal);
  const shown = excerpt(article.text, asking, asking, 200);
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
            feedback:
              "Right: an appeal for money tells you who is behind the piece and that it writes for supporters.",
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
        evidence: [asking],
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
            feedback: `Right: the note puts the content on the author alone; ${publisher} does not stand behind it.`,
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
