import { parseArticle } from "../../src/analysis/parse-article";

/**
 * Inputs built to make a text analyser slow: one huge headline, one huge sentence, thousands of
 * quotation marks, cue words or loaded words. Pure (no Node APIs), so the benchmark and the workerd
 * specs share them. Each is close to `size` characters.
 */
export interface PathologicalInput {
  name: string;
  text: string;
}

/** The largest article the API accepts is 100 KB; these stay just under it. */
export const PATHOLOGICAL_SIZE = 100_000;

const LOADED_WORDS = [
  "regime",
  "terrorists",
  "liberated",
  "so-called",
  "eliminated",
  "brutal",
  "savage",
  "vermin",
  "heroic",
  "martyrs",
  "slammed",
  "Assadist",
  '"experts"',
  "militants",
  "said",
];

/** A run-on sentence of ordinary reporting with no full stop anywhere. */
const RUN_ON_CLAUSE =
  "the minister said that villagers who fled the shelling told reporters in the town, according to local officials, and ";

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

/** A body after a short headline and a blank line, so the parser reads it as reporting. */
function body(text: string): string {
  return `A headline\n\n${text}`;
}

/** The pathological inputs, each about `size` characters long. */
export function pathologicalInputs(size = PATHOLOGICAL_SIZE): PathologicalInput[] {
  const headline = "A headline\n\n".length;
  return [
    { name: "'regime ' × N on one line (a headline)", text: repeatTo("regime ", size) },
    { name: "one sentence, no full stop", text: body(repeatTo(RUN_ON_CLAUSE, size - headline)) },
    { name: "one word, no space", text: body("a".repeat(size - headline)) },
    { name: "quotation marks", text: body(repeatTo('He said "', size - headline)) },
    { name: "bare quotation marks", text: body(repeatTo('" ', size - headline)) },
    { name: "tiny quoted sentences", text: body(repeatTo('"No." He said. ', size - headline)) },
    { name: "repeated cue words", text: body(repeatTo("said told claimed according to ", size - headline)) },
    { name: "loaded words mixed", text: body(repeatTo(`${LOADED_WORDS.join(" ")} `, size - headline)) },
    {
      name: "loaded words in short sentences",
      text: body(repeatTo("The regime terrorists were eliminated. ", size - headline)),
    },
  ];
}

/**
 * A normal article of about `size` characters to compare against: one headline, then the reporting
 * paragraphs of the given articles (as the parser finds them) until it is long enough.
 */
export function normalArticleOfSize(articles: readonly string[], size = PATHOLOGICAL_SIZE): string {
  const bodies = articles
    .map((article) => {
      const { text, paragraphs } = parseArticle(article);
      return paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end)).join("\n\n");
    })
    .filter(Boolean);
  let text = "A long article made of ordinary news paragraphs";
  for (let index = 0; text.length < size && bodies.length > 0; index++)
    text += `\n\n${bodies[index % bodies.length]}`;
  return text.slice(0, text.lastIndexOf("\n\n", size));
}
