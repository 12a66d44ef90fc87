import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { plainText, quote } from "../text";
import type { Question } from "../types";

/** Theme tags that frame the news before a word is read ("US NATO War Agenda"). */
const FRAMING_TAG = /\b(agenda|propaganda|regime|lies|war on|plot|empire|globalist)\b/i;

/** A donation address on the page: a clue to who runs the outlet. */
const PAYPAL = /PayPal:\s*(\S+@\S+?)(?=\s|$)/i;

/** "The page files this report under 'US NATO War Agenda': what does that tell you?" */
function tagDraft(input: BuildInput): QuestionDraft | null {
  const tag = input.analysis.meta.tags.theme.find((theme) => FRAMING_TAG.test(theme));
  const start = tag ? input.article.text.indexOf(tag) : -1;
  if (!tag || start < 0) return null;
  return {
    skill: "sourcing",
    kind: "lateral-reading",
    difficulty: 2,
    prompt: `The publisher files this report under the theme ${quote(tag)}. What does that tell you?`,
    options: [
      {
        text: "It frames the news from one side in advance",
        correct: true,
        feedback: `Right: ${quote(tag)} passes a verdict before the report begins; a neutral index would name the subject.`,
      },
      {
        text: "It is a neutral subject index, like a library's",
        feedback: `No: a library would file it under a neutral subject; ${quote(tag)} passes a verdict.`,
      },
      {
        text: "The report was written by NATO itself",
        feedback: "No: the tag is the publisher's heading, not a credit for the author.",
      },
      {
        text: "Defence experts have checked the report",
        feedback: "No: a tag says nothing about who checked anything.",
      },
    ],
    explanation: `${quote(tag)} is the publisher's own heading: it tells readers what to think of the events before the report begins. Worth checking what other outlets and fact-checkers say about the publisher's stance.`,
    evidence: [{ start, end: start + tag.length }],
  };
}

/** "The appeal gives a PayPal address: what would you check, and where?" */
function paypalDraft(input: BuildInput): QuestionDraft | null {
  const appeal = input.analysis.boilerplate.find(
    (item) => item.kind === "donation-appeal" && PAYPAL.test(item.text),
  );
  const found = appeal ? PAYPAL.exec(appeal.text) : null;
  if (!appeal || !found) return null;
  const start = appeal.start + found.index;
  const producer = plainText(input.analysis.meta.author ?? "the outlet");
  return {
    skill: "sourcing",
    kind: "lateral-reading",
    difficulty: 2,
    prompt: `The appeal at the end asks for money by ${quote(plainText(found[0]))}. Before trusting ${producer}, what is the most useful check?`,
    options: [
      {
        text: "Search for who runs the outlet on sites other than its own",
        correct: true,
        feedback: "Right: what others say about an outlet is more reliable than what it says about itself.",
      },
      {
        text: "Read its own About page, which will describe it best of all",
        feedback: "No: an outlet's own page tells you how it sees itself; others tell you how it works.",
      },
      {
        text: "Send a small donation to see who receives it",
        feedback: "No: that costs money and tells you little; a search costs nothing.",
      },
      {
        text: "Nothing: a donation address says nothing about an outlet",
        feedback: "No: who collects the money, and where, is a clue to who is behind the outlet.",
      },
    ],
    explanation: `Who funds an outlet and who runs it is best learned by leaving its site: search its name in other sources (news reports, fact-checkers, encyclopedias). The donation details on the page are a starting clue, not an answer.`,
    evidence: [{ start, end: start + found[0].length }],
  };
}

/** The byline outlet's own website when the page links to it ("southfront.org" for South Front), or null. */
function ownSite(text: string, byline: string): string | null {
  const squashed = byline.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (squashed.length < 4) return null;
  return new RegExp(`\\b(?:www\\.)?${squashed}\\.[a-z]{2,}(?:\\.[a-z]{2,})?\\b`, "i").exec(text)?.[0] ?? null;
}

/**
 * "The byline says South Front, the last line says the original source is Global Research: where would you
 * check?" The two lines need not contradict each other (an author can write for another publisher), so the
 * question never says one of them is wrong: it sends the reader to find where the piece first appeared.
 */
function originDraft(input: BuildInput): QuestionDraft | null {
  const { author, originalSource } = input.analysis.meta;
  const line = input.analysis.boilerplate.find((item) => item.kind === "original-source");
  if (!author || !originalSource || !line || plainText(author) === plainText(originalSource)) return null;
  const byline = plainText(author);
  const origin = plainText(originalSource);
  const site = ownSite(input.article.text, byline);
  const outletClue = site
    ? `${byline} runs its own website (the page links to ${site}), so the piece may well have appeared there first`
    : `when a byline names an outlet, the piece may well have appeared on that outlet first`;
  return {
    skill: "sourcing",
    kind: "lateral-reading",
    difficulty: 3,
    prompt: `The byline credits ${byline}, but the last line says ${quote(plainText(line.text))}. How would you find out who first published the piece?`,
    options: [
      {
        text: "Find where it first appeared and compare dates",
        correct: true,
        feedback:
          "Right: comparing with the first publication shows who made the piece and what may have changed.",
      },
      {
        text: "Trust the last line: it is the publisher's legal note",
        feedback: `No: a line a site adds to what it carries does not settle where the piece first appeared; ${outletClue}.`,
      },
      {
        text: "Trust the byline: bylines are always right",
        feedback:
          "No: a byline says who is credited, not where the piece first appeared; look for the first publication.",
      },
      {
        text: "It makes no difference who published it first",
        feedback: "It does: the first publisher is who actually stands behind the piece.",
      },
    ],
    explanation: `The byline credits ${byline}; the last line names ${origin} as the original source. The two need not contradict each other (an author can write for another publisher), but ${outletClue}. The way to settle it is to leave the page: find where the piece first appeared and compare dates and wording.`,
    evidence: [{ start: line.start, end: line.end }],
  };
}

/** Clues on the page that send a careful reader elsewhere: a framing tag, a donation address, a contradicting credit. */
export function buildLateralReadingQuestions(input: BuildInput): Question[] {
  return [tagDraft(input), paypalDraft(input), originDraft(input)]
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
