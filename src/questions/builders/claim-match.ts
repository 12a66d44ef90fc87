import { REPORTING_VERBS } from "../../analysis/reporting-cues";
import { attributionStanding, saysWho } from "../../analysis/source-standing";
import type { Attribution, Sentence, Span } from "../../analysis/types";
import { type BuildInput, finishQuestion, type OptionDraft, type QuestionDraft } from "../draft";
import {
  askedClaimSpan,
  attributedSentences,
  attributionQuote,
  claimReadsAlone,
  hasUsableClaim,
  hedgesAnAside,
  notedInSentence,
  sameVoice,
  sentenceAt,
  sourceLabelOf,
  statesCount,
} from "../facts";
import { perAnalysis } from "../per-analysis";
import { capitalise, claimAsOption, excerpt, midSentence, quote, words } from "../text";
import type { Question } from "../types";

/** One claim the article makes or passes on, as an option: its words, who it is handed to, and why. */
interface Claim {
  /** Who the article hands it to: a source's name or phrase; null when it gives none. */
  source: string | null;
  span: Span;
  sentence: Sentence;
  /** Shown as the right answer's feedback, or as the reason a wrong one is wrong. */
  why: string;
}

/** The name a question uses for a source (`sourceLabelOf`). */
function sourceLabel(input: BuildInput, attribution: Attribution): string | null {
  return sourceLabelOf(input.analysis, attribution);
}

/** Per analysis, whether a label is vague: computed afresh, the builder was cubic in the attributions. */
const vagueLabels = perAnalysis<string, boolean>();

/** Claims the article hands to a source (named or vague), one per sentence. */
function attributedClaims(input: BuildInput): Claim[] {
  const seen = new Set<number>();
  return input.analysis.attributions.flatMap((attribution) => {
    const sentence = sentenceAt(input.analysis, attribution.sentence);
    const source = sourceLabel(input, attribution);
    if (!sentence || !source || seen.has(sentence.index) || !hasUsableClaim(attribution)) return [];
    if (!claimReadsAlone(input.article.text, attribution)) return [];
    seen.add(sentence.index);
    const said = attributionQuote(input.article.text, input.analysis, attribution, 110);
    return [
      {
        source,
        span: askedClaimSpan(input.article.text, attribution),
        sentence,
        why: `the article says ${quote(said)}`,
      },
    ];
  });
}

/** Claims that float free: hedged sentences and counts the outlet states in its own voice. */
function floatingClaims(input: BuildInput): Claim[] {
  const attributed = attributedSentences(input.analysis);
  const hedged = input.analysis.hedges
    .filter((hedge) => !hedgesAnAside(input.article.text, hedge))
    .flatMap((hedge) => {
      const sentence = sentenceAt(input.analysis, hedge.sentence);
      if (!sentence || attributed.has(sentence.index)) return [];
      if (notedInSentence(input.analysis, sentence.index)) return [];
      const why = `${quote(hedge.cue)} passes it on without naming any source`;
      return [{ source: null, span: sentence, sentence, why }];
    });
  const hedgedSentences = new Set(input.analysis.hedges.map((hedge) => hedge.sentence));
  const stated = input.analysis.sentences.filter(
    (sentence) =>
      !attributed.has(sentence.index) &&
      !hedgedSentences.has(sentence.index) &&
      statesAnEvent(input, sentence),
  );
  // Counts first (the claims a reader most needs a source for), then other events the outlet reports itself.
  const bare = [
    ...stated.filter((sentence) => statesCount(sentence.text)),
    ...stated.filter((sentence) => !statesCount(sentence.text)),
  ].map((sentence) => ({
    source: null,
    span: sentence,
    sentence,
    why: "the article states it itself, with no source",
  }));
  return [...hedged, ...bare];
}

/** A body's own document as a sentence's subject: "The authority's bulletin", "the council's own survey", "Its report". */
const BODY_DOCUMENT =
  /^(?:the\s+)?(?:[\w-]+(?:'s|’s)|its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:bulletin|report|survey|figures|data|study|statement|accounts|results|records?|website)\b/i;

/**
 * A sentence that reports an event in the outlet's own voice ("Then, militants attacked and captured the
 * villages of …"): a count, or a past-tense report of 8 to 30 words, with no quotation, no question and no
 * "should" (the outlet's opinion is asked about elsewhere), and not boilerplate.
 */
function statesAnEvent(input: BuildInput, sentence: Sentence): boolean {
  if (statesCount(sentence.text)) return true;
  const count = sentence.text.split(/\s+/).length;
  return (
    count >= 8 &&
    count <= 30 &&
    // No opinion, no negation, no reported finding ("Scientists have discovered that …"), no request.
    !/["“”?]|\b(?:should|must|ought|we|our|I|you|not|no|never|that|whether|asked|comment)\b/i.test(
      sentence.text,
    ) &&
    // Not a report of what someone said, thinks or found, even one the bank does not ask about ("warned").
    !words(sentence.text).some((word) => word in REPORTING_VERBS) &&
    // Nor a body's own document speaking ("The authority's bulletin … put the figure at 38 per cent").
    !BODY_DOCUMENT.test(sentence.text) &&
    /\b\w+ed\b/.test(sentence.text) &&
    !input.analysis.boilerplate.some((item) => item.start <= sentence.start && sentence.end <= item.end)
  );
}

/** True when a claim is passed on with a hedge: its option text carries the hedge ("reportedly") for all to see. */
function isHedged(claim: Claim): boolean {
  return claim.source === null && !claim.why.startsWith("the article states");
}

/** A claim as an option. */
function claimText(input: BuildInput, claim: Claim): string {
  return claimAsOption(excerpt(input.article.text, claim.span, claim.span, 100));
}

/** True when the source label is a vague phrase ("Several", "reports"), quoted rather than named. */
function vagueLabel(input: BuildInput, label: string): boolean {
  return vagueLabels(
    input.analysis,
    label,
    () =>
      !input.analysis.attributions.some(
        (attribution) =>
          sourceLabel(input, attribution) === label && saysWho(attributionStanding(attribution)),
      ),
  );
}

/**
 * True when a claim the outlet states comes right after a claim of the key's source, and may carry on that
 * source's report ("…according to figures by Tallis Retail Data. The gains came largely at the expense of …"):
 * "the article states it itself" would be only narrowly true in a question about that source.
 */
function followsKeySource(
  input: BuildInput,
  claim: Claim,
  key: Claim,
  attributed: readonly Claim[],
): boolean {
  if (claim.source !== null || isHedged(claim) || !key.source) return false;
  const keySource = key.source;
  return attributed.some(
    (other) =>
      other.sentence.index === claim.sentence.index - 1 &&
      other.source !== null &&
      sameVoice(input.analysis, other.source, keySource),
  );
}

function matchDraft(
  input: BuildInput,
  key: Claim,
  others: readonly Claim[],
  attributed: readonly Claim[],
): QuestionDraft | null {
  const source = key.source;
  if (!source) return null;
  // Another claim of the same source would be a second right answer, and so would a claim of the body a
  // spokesperson or director speaks for ("Its director of operations, Helen Achebe"), or of its spokesperson.
  // The first three that fit, read in order and no further; at most one hedged claim, since two wrong
  // options that both say "reportedly" would point at the key.
  const wrong: Claim[] = [];
  let hedgedTaken = false;
  for (const claim of others) {
    if (wrong.length === 3) break;
    if (claim.source && sameVoice(input.analysis, claim.source, source)) continue;
    if (followsKeySource(input, claim, key, attributed)) continue;
    if (isHedged(claim)) {
      if (hedgedTaken) continue;
      hedgedTaken = true;
    }
    wrong.push(claim);
  }
  if (wrong.length < 3) return null;
  const vague = vagueLabel(input, source);
  const options: OptionDraft[] = [
    { text: claimText(input, key), correct: true, feedback: `Right: ${key.why}.` },
    ...wrong.map((claim) => ({
      text: claimText(input, claim),
      feedback: claim.source
        ? `No: the article hands this one to ${vagueLabel(input, claim.source) ? quote(claim.source) : midSentence(claim.source)}.`
        : `No: ${claim.why}.`,
    })),
  ];
  const spans = [key, ...wrong].map((claim) => ({ start: claim.sentence.start, end: claim.sentence.end }));
  return {
    skill: "attribution",
    kind: "claim-match",
    difficulty: 2,
    prompt: `Which of these claims does the article hand to ${quote(midSentence(source))}?`,
    options,
    explanation: `${capitalise(key.why)}.${vague ? ` ${quote(capitalise(midSentence(source)))} names no one you could ask, so knowing whose claim it is still leaves nobody to check it with.` : ""} Keeping track of which claim comes from whom, and which come from no one, is the first step in checking any of them.`,
    // The claim asked about first (the question's main passage), then the sentences of the other options.
    evidence: [key.span, ...spans.slice(1)],
  };
}

/**
 * "Which of these claims does the article hand to X?": for each source of the article, its first claim
 * against claims other sources make, claims passed on with a hedge and claims the outlet states itself,
 * so the student tracks who says what and notices the claims that come from no one.
 */
export function buildClaimMatchQuestions(input: BuildInput): Question[] {
  const attributed = attributedClaims(input);
  const floating = floatingClaims(input);
  const asked = new Set<string>();
  const drafts: QuestionDraft[] = [];
  for (const [index, key] of attributed.entries()) {
    if (!key.source || asked.has(key.source.toLowerCase())) continue;
    // Wrong answers mix another source's claim with floating ones, rotated so questions differ. The first
    // is another voice's claim (never the key's body or spokesperson): with only the outlet's own statements
    // beside it, the key would be the one option anyone is said to say.
    const otherSources = attributed.filter((claim) => claim !== key);
    const rotation = index % Math.max(1, otherSources.length);
    const rotated = [...otherSources.slice(rotation), ...otherSources.slice(0, rotation)];
    const pool = [
      ...floating.slice(index % Math.max(1, floating.length)),
      ...floating.slice(0, index % Math.max(1, floating.length)),
    ];
    const anotherVoice = rotated.find(
      (claim) => claim.source !== null && !sameVoice(input.analysis, claim.source, key.source ?? ""),
    );
    const mixed = [...new Set([anotherVoice, ...pool, ...otherSources])].filter(
      (claim): claim is Claim => claim !== undefined,
    );
    const draft = matchDraft(input, key, mixed, attributed);
    if (!draft) continue;
    asked.add(key.source.toLowerCase());
    drafts.push(draft);
  }
  return drafts.map((draft) => finishQuestion(input, draft));
}
