import type { LoadedTerm } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { sentenceAt } from "../facts";
import { authorTerms, LOADED_ALTERNATIVES, SELF_DESCRIBED, sameForm } from "../loaded-facts";
import { neutralList, takesSides, usableNeutrals } from "../neutral-wording";
import { pickVariant } from "../standing";
import { excerpt, quote, words } from "../text";
import type { Question } from "../types";

/** Plain words for an armed or organised group, offered when the lexicon gives fewer than three. */
const NEUTRAL_GROUP_WORDS: readonly string[] = [
  "militants",
  "fighters",
  "armed groups",
  "members",
  "militant",
  "fighter",
];

/** A label for a group of people is a plural noun ("radicals", "proxy groups"), not an adjective ("anti-terrorist"). */
function namesAGroup(term: LoadedTerm): boolean {
  return (
    term.category === "label" &&
    /(s|force|group)$/i.test(term.text) &&
    !/^(anti|counter)-/i.test(term.text) &&
    !SELF_DESCRIBED.test(term.text)
  );
}

function labelDraft(input: BuildInput, term: LoadedTerm): QuestionDraft | null {
  const sentence = sentenceAt(input.analysis, term.sentence);
  if (!sentence) return null;
  const shown = excerpt(input.article.text, sentence, term, 140);
  const shownWords = new Set(words(shown));
  const fits = (phrase: string) => !words(phrase).some((word) => shownWords.has(word));
  const replaces = { start: term.start - sentence.start, end: term.end - sentence.start };
  const plain = (wording: string) => !takesSides(wording, { text: sentence.text, replaces, sentence });
  const [neutral] = sameForm(term.text, usableNeutrals(term, sentence)).filter(fits);
  const termWords = new Set(words(term.text));
  const candidates = sameForm(term.text, LOADED_ALTERNATIVES.label)
    .filter((word) => !words(word).some((part) => termWords.has(part)))
    .filter(fits);
  // Rotate through the other loaded labels so no one of them turns up in every question, always wrong.
  const first = candidates.indexOf(pickVariant(candidates, input.article.slug, term.text));
  const loaded = [...candidates.slice(first), ...candidates.slice(0, first)].slice(0, 2);
  if (!neutral || loaded.length < 2) return null;
  const shared = {
    skill: "loaded-language" as const,
    kind: "group-label",
    difficulty: 1 as const,
    explanation: `The article calls them ${quote(term.text)}. ${term.explanation} Neutral words: ${neutralList(term, sentence) ?? quote(neutral ?? "")}.`,
    evidence: [{ start: term.start, end: term.end }],
  };
  // Two ways round, so a loaded label is sometimes the right answer and a neutral word sometimes wrong.
  const neutrals = sameForm(term.text, [...usableNeutrals(term, sentence), ...NEUTRAL_GROUP_WORDS])
    .filter(fits)
    .filter(plain)
    .filter((word, index, all) => all.indexOf(word) === index);
  const [judging] = loaded;
  if (
    pickVariant(["neutral", "judging"], input.article.slug, term.text) === "judging" &&
    judging &&
    neutrals.length >= 3
  ) {
    return {
      ...shared,
      prompt: `This sentence labels a group ${quote(term.text)}: ${quote(shown)} Which of these words also judges them?`,
      options: [
        {
          text: judging,
          correct: true,
          feedback: `Right: ${quote(judging)} also judges them, as ${quote(term.text)} does, though each label judges in its own way.`,
        },
        ...neutrals.slice(0, 3).map((word) => ({
          text: word,
          feedback: `No: ${quote(word)} describes them without judging; the question asks for a word that judges.`,
        })),
      ],
    };
  }
  return {
    ...shared,
    prompt: `This sentence labels a group ${quote(term.text)}: ${quote(shown)} Which is a neutral word for them?`,
    options: [
      { text: neutral, correct: true, feedback: `Right: ${quote(neutral)} describes them without judging.` },
      ...loaded.map((word) => ({ text: word, feedback: `No: ${quote(word)} is a label that judges, too.` })),
      { text: term.text, feedback: `No: that is the article's own label, and it takes sides.` },
    ],
  };
}

/** "Which label does the article use for a group, and what is a neutral one?" once per label. */
export function buildGroupLabelQuestions(input: BuildInput): Question[] {
  const asked = new Set<string>();
  const drafts: QuestionDraft[] = [];
  for (const term of authorTerms(input.analysis).filter(namesAGroup)) {
    if (asked.has(term.text.toLowerCase())) continue;
    const draft = labelDraft(input, term);
    if (!draft) continue;
    asked.add(term.text.toLowerCase());
    drafts.push(draft);
  }
  return drafts.map((draft) => finishQuestion(input, draft));
}
