import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { sentencesMatching } from "../facts";
import { excerpt, quote } from "../text";
import type { Question } from "../types";

/** Pictures offered as proof: "Photos and videos from the ground showed …", "Footage confirms …". */
const VISUALS =
  /\b(photos?|pictures?|videos?|footage|images?)\b[^.]{0,60}?\b(show(?:ed|s)?|confirm(?:ed|s)?|prove[sd]?|reveal(?:ed|s)?)\b/i;

/** "The article says photos showed it: what is missing?" when pictures are offered as proof with no source. */
export function buildUnsourcedVisualsQuestions(input: BuildInput): Question[] {
  const { text } = input.article;
  const drafts: QuestionDraft[] = sentencesMatching(input.analysis, VISUALS)
    .filter(({ sentence }) => !/\]\(|https?:\/\//.test(sentence.text))
    .map(({ sentence, match }) => {
      const shown = excerpt(text, sentence, match, 150);
      return {
        skill: "sourcing",
        kind: "unsourced-visuals",
        difficulty: 2,
        prompt: `${quote(shown)} What does the article leave out that you would need to trust this?`,
        options: [
          {
            text: "Who filmed or posted the pictures, and where to see them",
            correct: true,
            feedback:
              "Right: pictures are evidence only when you know who made them and can see them to check they are genuine and from this event.",
          },
          {
            text: "Nothing: photos and videos from the ground are proof in themselves",
            feedback:
              "No: pictures can be old, from elsewhere or staged; without a source you cannot check them.",
          },
          {
            text: "The number of people who were there",
            feedback: "No: a head count would not tell you whether the pictures are genuine.",
          },
          {
            text: "A quote from a soldier who fought there",
            feedback: "No: a fighter's word is another claim; the pictures themselves still need a source.",
          },
        ],
        explanation: `The article offers pictures as proof but gives no link, no source and no date for them. Before trusting "what the pictures showed", a reader needs to see them and know who made them, so they can check they are genuine and from this event.`,
        evidence: [match],
      };
    });
  return drafts.map((draft) => finishQuestion(input, draft));
}
