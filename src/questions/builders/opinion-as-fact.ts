import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { attributedSentences, sentencesMatching } from "../facts";
import { plainText, quote } from "../text";
import type { Question } from "../types";

/** A verdict on what ought to happen: "should be eliminated", "must be stopped", "needs to end". */
const VERDICT = /\b(should|must|ought to|needs? to|has to|have to)\s+(?:be\s+)?\w+/i;

/** "Whose view is 'So, this threat should be eliminated.'?": the outlet's opinion in its news voice. */
export function buildOpinionAsFactQuestions(input: BuildInput): Question[] {
  const attributed = attributedSentences(input.analysis);
  const author = input.analysis.meta.author ? plainText(input.analysis.meta.author) : "the outlet";
  const drafts: QuestionDraft[] = sentencesMatching(input.analysis, VERDICT)
    .filter(({ sentence }) => !attributed.has(sentence.index) && !/["“”]/.test(sentence.text))
    .slice(0, 1)
    .map(({ sentence }) => {
      const shown = plainText(sentence.text);
      return {
        skill: "attribution",
        kind: "opinion-as-fact",
        difficulty: 2,
        prompt: `The article says: ${quote(shown)} What is this?`,
        options: [
          {
            text: `${author}'s own opinion, not a reported fact`,
            correct: true,
            feedback:
              "Right: it says what ought to happen, which is a judgement, not something a report can establish.",
          },
          {
            text: "A fact that the article has established with evidence",
            feedback: "No: what should happen is a judgement; no evidence can establish it.",
          },
          {
            text: "What an official quoted in the piece said",
            feedback:
              "No: the sentence is in the writer's own voice; no one is quoted or named as saying it.",
          },
          {
            text: "The view of most people in the region",
            feedback: "No: the article gives no survey or voices from the region for it.",
          },
        ],
        explanation: `${quote(shown)} tells the reader what ought to happen. No one is quoted, so it is ${author}'s own verdict: no evidence can make it a fact. In a news report it is out of place; anywhere, notice when a text starts telling you what to want.`,
        evidence: [{ start: sentence.start, end: sentence.end }],
      };
    });
  return drafts.map((draft) => finishQuestion(input, draft));
}
