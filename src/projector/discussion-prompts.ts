import type { Question, Skill } from "../questions/types";

/**
 * One question for the class to talk over after each kind of question is revealed: the discussion is where
 * media literacy is learnt. Keyed by question kind; a kind not listed falls back to its skill's prompt.
 * Add a kind in one line here.
 */
export const DISCUSSION_PROMPTS: Readonly<Record<string, string>> = {
  "claim-source":
    "Who is behind this claim, and what might they gain if we believe it? How could we check it elsewhere?",
  "source-kind":
    "Would you trust this claim more if a named person said it? What would you want to know about the source?",
  "figure-sourcing": "Where would you look to check this number? Who would have counted it, and how?",
  "conflicting-figures":
    "Two figures for the same event: why might they differ? Which would you report, and how would you word it?",
  "unsupported-claim": "The article admits there was no evidence. Why print the claim at all? Should it?",
  "unattributed-sentence":
    "Who might have told the reporter this? How does leaving out the source change how it reads?",
  "reporting-verb":
    "How would the sentence feel with 'said' instead? What does the writer's choice of verb do to the speaker?",
  "producer-publisher":
    "Why does it matter who wrote a piece and who put it out? What could each one want you to think?",
  "original-source": "If this first appeared elsewhere, what might have changed on the way here?",
  "donation-appeal":
    "What does an appeal for money tell you about the outlet? Does it change how you read the piece?",
  "publisher-disclaimer":
    "Why might an outlet print a disclaimer? Does it make the outlet more or less responsible?",
  "missing-date": "How could an undated article mislead someone who shares it today?",
  "loaded-word": "Why might the outlet choose this word here? What word would a neutral report use?",
  "group-label":
    "Who gets to name a group? How would each side describe them, and what would a neutral report call them?",
  "loaded-voice":
    "Is this the outlet's word or a source's? Does it matter which, if the article does not make it clear?",
  "neutral-rewrite": "What did the neutral rewrite leave out, and what did it keep? Is anything lost?",
  "scare-quotes": "What do the quotation marks suggest about the word? Who is the writer arguing with?",
  "lateral-reading":
    "What would you search for, and where, to learn who is behind this page? Who would you trust to tell you?",
  "unsourced-visuals": "What would you need to know about these pictures before you believed what they show?",
  "selective-verbs": "Rewrite both sentences with 'said'. Does your view of either source change?",
  "claim-match":
    "Which claims in this piece come from someone you could ask, and which come from no one? How would you check each?",
  "dismissive-framing":
    "What does 'as always' ask you to think before you hear the claim? Would the claim be true or false without it?",
  "opinion-as-fact":
    "Is this news or opinion? How can you tell when a report starts telling you what to want?",
  "selective-labels":
    "Why label one source's side and not the other's? What label would you give each, or would you give none?",
  asymmetry:
    "If both sides did much the same, why might they be described in different words? Which words would you use for both?",
};

const SKILL_PROMPTS: Readonly<Record<Skill, string>> = {
  sourcing: "How would you check where this comes from? Whose interests does it serve?",
  attribution: "Who says so, and how does the way they are quoted change what you believe?",
  "loaded-language": "Which words take sides here, and what would a neutral report say instead?",
};

/** The discussion prompt for a question: its kind's, or its skill's when the kind has none. */
export function discussionPromptFor(question: Pick<Question, "kind" | "skill">): string {
  return DISCUSSION_PROMPTS[question.kind] ?? SKILL_PROMPTS[question.skill];
}
