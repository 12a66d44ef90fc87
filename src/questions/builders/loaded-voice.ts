import type { Attribution, LoadedTerm } from "../../analysis/types";
import { type BuildInput, finishQuestion, type QuestionDraft } from "../draft";
import { articleSources, canonicalSource } from "../facts";
import { capitalise, excerpt, midSentence, plainText, quote } from "../text";
import type { Question } from "../types";

/** The attribution whose claim holds the term: the quoted speaker's words. */
function claimHolding(input: BuildInput, term: LoadedTerm): Attribution | undefined {
  return input.analysis.attributions.find(
    (attribution) => attribution.claimSpan.start <= term.start && term.end <= attribution.claimSpan.end,
  );
}

function voiceDraft(input: BuildInput, term: LoadedTerm): QuestionDraft | null {
  const attribution = claimHolding(input, term);
  const author = input.analysis.meta.author ? plainText(input.analysis.meta.author) : null;
  if (!term.speaker || !attribution || !author) return null;
  const speaker = canonicalSource(input.analysis, capitalise(plainText(term.speaker)));
  const speakerMid = midSentence(speaker);
  const others = articleSources(input.analysis)
    .filter((name) => name.toLowerCase() !== speaker.toLowerCase())
    .slice(0, 2);
  const shown = excerpt(input.article.text, attribution.claimSpan, term, 130);
  return {
    skill: "loaded-language",
    kind: "loaded-voice",
    difficulty: 3,
    prompt: `Whose word is ${quote(term.text)} in this claim? ${quote(shown)}`,
    options: [
      { text: speaker, correct: true, feedback: "Right: the article reports their words." },
      {
        text: `${author}, the author`,
        feedback: `No: the word sits inside a claim the article attributes to ${speakerMid}.`,
      },
      ...others.map((name) => ({
        text: name,
        feedback: `No: the article reports ${midSentence(name)} elsewhere, not here.`,
      })),
    ],
    explanation: `${quote(term.text)} is inside what ${speakerMid} ${attribution.cue.toLowerCase()}: ${quote(shown)}. A loaded word in a claim the article reports tells you about the speaker (or how the outlet renders them); only the outlet's own words tell you about the outlet.`,
    evidence: [{ start: term.start, end: term.end }],
  };
}

/** "Whose word is this?": loaded words that belong to a quoted speaker, not to the outlet. */
export function buildLoadedVoiceQuestions(input: BuildInput): Question[] {
  const askedClaims = new Set<Attribution>();
  const drafts: QuestionDraft[] = [];
  for (const term of input.analysis.loaded.filter((item) => item.voice === "quoted")) {
    const attribution = claimHolding(input, term);
    // One question per quoted claim: a second loaded word in it asks the same thing.
    if (!attribution || askedClaims.has(attribution)) continue;
    const draft = voiceDraft(input, term);
    if (!draft) continue;
    askedClaims.add(attribution);
    drafts.push(draft);
  }
  return drafts.map((draft) => finishQuestion(input, draft));
}
