import type { Span } from "../analysis/types";

/** A paragraph of the article (a line of its text) and the evidence spans to highlight inside it. */
export interface EvidenceParagraph extends Span {
  marks: Span[];
}

/**
 * The paragraphs that hold the evidence, in article order, each with its evidence spans. A paragraph is a
 * line of the article text; evidence running over a line break takes in every line it touches.
 */
export function evidenceParagraphs(text: string, evidence: readonly Span[]): EvidenceParagraph[] {
  const valid = evidence.filter(
    (span) => span.start >= 0 && span.end <= text.length && span.end > span.start,
  );
  const blocks = mergeBlocks(valid.map((span) => lineBlock(text, span)));
  return blocks.map((block) => ({
    ...block,
    marks: valid
      .filter((span) => span.start < block.end && span.end > block.start)
      .map((span) => ({ start: Math.max(span.start, block.start), end: Math.min(span.end, block.end) }))
      .sort((a, b) => a.start - b.start),
  }));
}

function lineBlock(text: string, span: Span): Span {
  const start = text.lastIndexOf("\n", span.start - 1) + 1;
  const nextBreak = text.indexOf("\n", Math.max(span.end - 1, span.start));
  let end = nextBreak === -1 ? text.length : nextBreak;
  if (end > start && text[end - 1] === "\r" && end - 1 >= span.end) end -= 1;
  return { start, end };
}

function mergeBlocks(blocks: Span[]): Span[] {
  const merged: Span[] = [];
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous && block.start <= previous.end) previous.end = Math.max(previous.end, block.end);
    else merged.push({ ...block });
  }
  return merged;
}
