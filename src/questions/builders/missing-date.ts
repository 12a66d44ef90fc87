import { type BuildInput, finishQuestion } from "../draft";
import { quote } from "../text";
import type { Question } from "../types";

const DAY_WITHOUT_YEAR =
  /\b(?:On |Late on |Early on )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b(?!,?\s+\d{4})/;

/** "The article gives no date: why does that matter?" when it has none but its events have days. */
export function buildMissingDateQuestions({ article, analysis }: BuildInput): Question[] {
  if (analysis.meta.published) return [];
  const day = analysis.sentences
    .map((sentence) => ({ sentence, match: DAY_WITHOUT_YEAR.exec(sentence.text) }))
    .find(({ match }) => match !== null);
  if (!day?.match) return [];
  const start = day.sentence.start + day.match.index;
  const end = start + day.match[0].length;
  const shown = day.match[0];
  return [
    finishQuestion(
      { article, analysis },
      {
        skill: "sourcing",
        kind: "missing-date",
        difficulty: 1,
        prompt: `The article says ${quote(shown)} but never says when it was published. Why does that matter?`,
        options: [
          {
            text: "You cannot tell how old the news is, or which year it means",
            correct: true,
            feedback:
              "Right: without a publication date you cannot place the events in time, and old news can be passed off as new.",
          },
          {
            text: "It does not: events stay the same whenever you read about them",
            feedback: "It does matter: old news read as new can mislead, and the situation may have changed.",
          },
          {
            text: "It proves the article is made up",
            feedback: "No: a missing date is a warning sign, not proof of anything.",
          },
          {
            text: "It means the piece was written today",
            feedback: "No: with no date you cannot know when it was written.",
          },
        ],
        explanation: `The article gives days such as ${quote(shown)} but no publication date or year. A reader cannot tell whether it is current, and old reports can be passed around as new.`,
        evidence: [{ start, end }],
      },
    ),
  ];
}
