import type { Evidence, Question } from "../questions/types";
import { Page } from "../views/layout";

/** A few words either side of the evidence, cut at spaces, with the evidence itself marked. */
function EvidenceInContext({ text, span }: { text: string; span: Evidence }) {
  let start = Math.max(0, span.start - 140);
  let end = Math.min(text.length, span.end + 140);
  while (start > 0 && start < span.start && /\S/.test(text[start - 1] ?? "")) start++;
  while (end < text.length && end > span.end && /\S/.test(text[end] ?? "")) end--;
  return (
    <blockquote class="evidence">
      {start > 0 ? "…" : ""}
      {text.slice(start, span.start)}
      <mark>{span.text}</mark>
      {text.slice(span.end, end)}
      {end < text.length ? "…" : ""}
    </blockquote>
  );
}

function QuestionCard({ question, text, number }: { question: Question; text: string; number: number }) {
  return (
    <article class="question-preview" id={question.id}>
      <h2>
        {number}. {question.prompt}
      </h2>
      <p class="question-meta">
        {question.skill} · {question.kind} · difficulty {question.difficulty}
        {question.control ? " · control item" : ""} · <code>{question.id}</code>
      </p>
      <ol class="options" type="a">
        {question.options.map((option) => {
          const correct = option.id === question.correctOptionId;
          return (
            <li class={correct ? "correct" : undefined}>
              {correct ? <strong>{option.text} (correct answer)</strong> : option.text}
              {option.feedback && <p class="feedback">Feedback: {option.feedback}</p>}
            </li>
          );
        })}
      </ol>
      <p>
        <strong>Explanation:</strong> {question.explanation}
      </p>
      <h3>Evidence</h3>
      {question.evidence.map((span) => (
        <EvidenceInContext text={text} span={span} />
      ))}
    </article>
  );
}

export interface QuestionPreviewProps {
  slug: string;
  title: string;
  text: string;
  questions: readonly Question[];
}

/** The instructor's preview: every question of an article with its answer, explanation and evidence in context. */
export function QuestionPreviewPage({ slug, title, text, questions }: QuestionPreviewProps) {
  const controls = questions.filter((question) => question.control).length;
  return (
    <Page
      title={`Questions: ${title}`}
      current="articles"
      description="Instructor preview of the question bank"
    >
      <h1>Questions for “{title}”</h1>
      <p>
        {questions.length} questions, {controls} of them control items (their right answer is “this one is
        fine”). <a href={`/articles/${slug}`}>Read the annotated article</a>.
      </p>
      {questions.map((question, index) => (
        <QuestionCard question={question} text={text} number={index + 1} />
      ))}
    </Page>
  );
}

/** The page asking for the preview key: 401 when none was given, 403 when it was wrong. */
export function PreviewKeyPage({ slug, wrongKey }: { slug: string; wrongKey: boolean }) {
  return (
    <Page title="Instructor preview" current="articles">
      <h1>Instructor preview</h1>
      {wrongKey ? (
        <p class="alert" role="alert">
          That key is not right. Check it and try again.
        </p>
      ) : (
        <p>The question preview shows the answers, so it needs the instructor preview key.</p>
      )}
      <form method="post" action={`/articles/${slug}/questions`}>
        <label for="preview-key">Preview key</label>
        <input id="preview-key" name="key" type="password" autocomplete="current-password" required />
        <button type="submit">Show the questions</button>
      </form>
    </Page>
  );
}

/** The preview when the server has no preview key set: switched off, with what whoever runs it can do. */
export function PreviewOffPage() {
  return (
    <Page title="Instructor preview unavailable" current="articles">
      <h1>Instructor preview unavailable</h1>
      <p class="alert" role="alert">
        The question preview shows the answers, so it needs a preview key, and this server has none set.
      </p>
      <p>
        Whoever runs this Byline sets one with <code>npx wrangler secret put PREVIEW_SECRET</code>; on a
        development machine, <code>npm run dev</code> writes a random one to <code>.dev.vars</code>.
      </p>
    </Page>
  );
}
