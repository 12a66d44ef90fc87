import { type BuildInput, finishQuestion } from "../draft";
import { plainText, quote } from "../text";
import type { Question } from "../types";

/** "The original source of this article is X": what that line tells a reader, when X is not the publisher. */
export function buildOriginalSourceQuestions({ article, analysis }: BuildInput): Question[] {
  const { originalSource, publisher } = analysis.meta;
  const line = analysis.boilerplate.find((item) => item.kind === "original-source");
  if (!originalSource || !publisher || !line || originalSource === publisher) return [];
  const origin = plainText(originalSource);
  const outlet = plainText(publisher);
  const shown = plainText(line.text);
  return [
    finishQuestion(
      { article, analysis },
      {
        skill: "sourcing",
        kind: "original-source",
        difficulty: 2,
        prompt: `Near the end you read: ${quote(shown)}. What does this line tell you?`,
        options: [
          {
            text: `${outlet} is passing on a piece made by someone else`,
            correct: true,
            feedback: `Right: ${outlet} republished it; the line points to who actually made it, and that is who to check.`,
          },
          {
            text: `${outlet} checked the facts of the piece with ${origin}`,
            feedback: "No: the line says where the piece came from, not that anyone checked it.",
          },
          {
            text: `The piece quotes ${origin} as a witness`,
            feedback: "No: the line is about who made the whole piece.",
          },
          {
            text: "Nothing: it is a legal formality",
            feedback: "It matters: it tells you who actually produced what you are reading.",
          },
        ],
        explanation: `The page comes from ${outlet}, but it says ${quote(shown)}: the piece was produced by ${origin} and republished. Judge it by what you know about ${origin}.`,
        evidence: [{ start: line.start, end: line.end }],
      },
    ),
  ];
}
