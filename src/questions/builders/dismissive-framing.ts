import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { sentencesMatching } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

/** Words that wave a source away before its claim is heard ("As always pro-militant sources claimed …"). */
const DISMISSIVE = /\b(as always|as usual|predictably|once again|yet again|as expected)\b/i;

/** A reporting word near the dismissive phrase: it frames a source, not an event. */
const NEAR_CUE = /\b(claim\w*|accus\w*|said|says|insist\w*|alleg\w*|report\w*)\b/i;

function framingDraft(
  input: BuildInput,
  found: ReturnType<typeof sentencesMatching>[number],
): QuestionDraft | null {
  const { sentence, match } = found;
  if (!NEAR_CUE.test(sentence.text)) return null;
  const phrase = input.article.text.slice(match.start, match.end);
  const shown = excerpt(input.article.text, sentence, match, 150);
  return {
    skill: "attribution",
    kind: "dismissive-framing",
    difficulty: 3,
    prompt: `${quote(shown)} What does ${quote(phrase)} do here?`,
    options: [
      {
        text: "It invites you to dismiss the claim before weighing it",
        correct: true,
        feedback:
          "Right: the phrase judges the source before you have seen its claim; weigh the claim on its evidence instead.",
      },
      {
        text: "It reports that these sources have been proven wrong before",
        feedback: `No: the article gives no record of past claims; ${quote(phrase)} only implies one.`,
      },
      {
        text: "It shows the outlet checked the claim and found it false",
        feedback: "No: the article gives no check and no evidence either way.",
      },
      {
        text: "It is a plain time phrase, like “on Monday”",
        feedback: `No: ${quote(phrase)} says nothing about when; it tells you what to think of the source.`,
      },
    ],
    explanation: `${quote(phrase)} frames the source as predictable before the reader has weighed its claim. It is the outlet's judgement, not evidence: a fair report would say whether the claim was checked and what was found.`,
    evidence: [match],
  };
}

/** "What does 'As always' do here?" for each source the outlet waves away before reporting its claim. */
export function buildDismissiveFramingQuestions(input: BuildInput): Question[] {
  return sentencesMatching(input.analysis, DISMISSIVE)
    .map((found) => framingDraft(input, found))
    .filter((draft): draft is QuestionDraft => draft !== null)
    .map((draft) => finishQuestion(input, draft));
}
