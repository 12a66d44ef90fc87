import type { Span } from "../analysis/types";
import { findHiddenMarkup, visibleText } from "../articles/display-text";
import { segmentText } from "../articles/highlight-spans";
import type { ArticleInfo } from "./article-info";

export interface PassageProps {
  article: ArticleInfo;
  /** The whole sentences or lines the question is about (`Question.passages`), in article order. */
  passages: readonly Span[];
  /** Spans to mark inside the passages: only once the answer is out, since marks would give it away. */
  marks?: readonly Span[];
}

/** The passages as they read in the article, markup hidden, the marked spans (if any) in `<mark>`. */
function PassageText({
  text,
  passage,
  marks,
  hidden,
}: {
  text: string;
  passage: Span;
  marks: readonly Span[];
  hidden: Span[];
}) {
  const inside = marks
    .filter((mark) => mark.start < passage.end && passage.start < mark.end)
    .map((mark) => ({
      start: Math.max(mark.start, passage.start),
      end: Math.min(mark.end, passage.end),
      priority: 0,
      data: null,
    }));
  return (
    <>
      {segmentText(passage, inside).map((segment) =>
        segment.type === "text" ? (
          visibleText(text, segment, hidden)
        ) : (
          <mark>
            <span class="vh">evidence: </span>
            {visibleText(text, segment, hidden)}
          </mark>
        ),
      )}
    </>
  );
}

/**
 * The passage a question is about, shown while answering (unmarked, so it does not give the answer away) and
 * on the projector (marked once the answer is revealed), with a link to the whole article as written. One
 * component for the public quiz, the classroom and the projector.
 */
export function QuestionPassage({ article, passages, marks = [] }: PassageProps) {
  if (passages.length === 0) return null;
  const hidden = findHiddenMarkup(article.text);
  return (
    <section class="passage" aria-label={`From the article “${article.title}”`}>
      {passages.map((passage) => (
        <blockquote>
          <p>
            <PassageText text={article.text} passage={passage} marks={marks} hidden={hidden} />
          </p>
        </blockquote>
      ))}
      <p class="muted">
        From “{article.title}”.{" "}
        <a href={article.textHref} target="_blank" rel="noopener">
          Read the whole article<span class="vh"> (opens in a new tab)</span>
        </a>
      </p>
    </section>
  );
}
