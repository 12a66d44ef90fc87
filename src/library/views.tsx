import type { ArticleAnalysis } from "../analysis/types";
import { AnnotatedArticle } from "../articles/views";
import type { LibraryEditRow, LibraryQuestionRow } from "../db/schema";
import type { Question } from "../questions/types";
import { FormMessages } from "../views/form-messages";
import { Page } from "../views/layout";
import type { ArticleSummary } from "./queries";
import { MAX_OPTIONS } from "./review";

/** The page of someone with no library open in this browser: open a new one, or open one with its key. */
export function LibraryStartPage({ error, status }: { error?: string; status?: string }) {
  return (
    <Page title="Your article library" current="library">
      <h1>Your article library</h1>
      <p class="lead">
        Add your own articles: Byline analyses each one and drafts questions, you review them, and then use
        them in a class session or share them as a public quiz. No account: a library key opens your library.
      </p>
      <FormMessages notice={status} error={error} errorId="library-error" />
      <section class="card" aria-labelledby="new-library">
        <h2 id="new-library">Open a new library</h2>
        <form method="post" action="/library">
          <button type="submit">Open a new library</button>
        </form>
      </section>
      <section class="card" aria-labelledby="open-library">
        <h2 id="open-library">Open your library</h2>
        <form method="post" action="/library/open">
          <div class="field">
            <label for="library-key">Library key</label>
            <input
              id="library-key"
              name="key"
              autocomplete="off"
              required
              aria-describedby={error ? "library-error" : undefined}
            />
          </div>
          <button type="submit" class="btn-secondary">
            Open
          </button>
        </form>
      </section>
    </Page>
  );
}

export interface LibraryPageProps {
  articles: ArticleSummary[];
  uses: { articleId: string; kind: "session" | "quiz"; targetId: string; title: string }[];
  newKey?: string;
  error?: string;
  notice?: string;
  values?: { title?: string; text?: string };
}

/** A library: the key shown once when new, the form to add an article, and the articles with where they were used. */
export function LibraryPage({ articles, uses, newKey, error, notice, values }: LibraryPageProps) {
  return (
    <Page title="Your article library" current="library">
      <h1>Your article library</h1>
      {newKey && (
        <section class="card new-key" role="status" aria-labelledby="key-heading">
          <h2 id="key-heading">Your library key</h2>
          <p class="key">
            <code>{newKey}</code>
          </p>
          <p>
            Copy it now: it is shown only this once and Byline keeps no copy. This browser remembers it; on
            another device, open your library with it.
          </p>
        </section>
      )}
      <FormMessages notice={notice} error={error} errorId="add-error" />
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Add an article</h2>
        <form method="post" action="/library/articles" enctype="multipart/form-data">
          <div class="field">
            <label for="article-title">Title (optional: Byline reads the headline)</label>
            <input id="article-title" name="title" maxlength={200} value={values?.title ?? ""} />
          </div>
          <div class="field">
            <label for="article-text">Paste the article's text</label>
            <textarea
              id="article-text"
              name="text"
              rows={12}
              aria-describedby={error ? "add-error article-hint" : "article-hint"}
            >
              {values?.text ?? ""}
            </textarea>
            <p class="hint" id="article-hint">
              Headline on the first line, then the byline ("By …") and the date, then the article. Up to 100
              KB.
            </p>
          </div>
          <div class="field">
            <label for="article-file">Or upload a .txt, .md or .html file</label>
            <input id="article-file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm" />
          </div>
          <button type="submit">Add and analyse</button>
        </form>
      </section>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles</h2>
        {articles.length === 0 ? (
          <p>No articles yet.</p>
        ) : (
          <ul class="cards">
            {articles.map((article) => (
              <li class="card">
                <h3>
                  <a href={`/library/articles/${article.id}`}>{article.title}</a>
                </h3>
                <p class="counts">
                  {article.kept} kept · {article.dropped} dropped · {article.pending} to review
                  {article.shared ? " · shared publicly" : ""}
                </p>
                <UsedIn uses={uses.filter((use) => use.articleId === article.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <form method="post" action="/library/forget">
        <button type="submit" class="btn-secondary btn-small">
          Forget this library in this browser
        </button>
      </form>
    </Page>
  );
}

function UsedIn({ uses }: { uses: LibraryPageProps["uses"] }) {
  if (uses.length === 0) return <p class="muted">Not used in a session or quiz yet.</p>;
  return (
    <p>
      Used in:{" "}
      {uses.map((use, index) => (
        <>
          {index > 0 && ", "}
          <a href={use.kind === "session" ? `/sessions/${use.targetId}/dashboard` : `/quiz/${use.targetId}`}>
            {use.kind === "session" ? "session" : "quiz"} “{use.title}”
          </a>
        </>
      ))}
    </p>
  );
}

/** Shown between steps of a long article's analysis (the response's Refresh header moves on by itself). */
export function WorkUnderWayPage({ next, steps }: { next: string; steps: number }) {
  return (
    <Page title="Analysing your article" current="library">
      <h1>Analysing your article</h1>
      <p role="status">
        Byline is reading the article and drafting its questions, a step at a time ({steps} steps so far).
        This page moves on by itself.
      </p>
      <p>
        <a href={next}>Go on</a>
      </p>
    </Page>
  );
}

export interface ReviewPageProps {
  articleId: string;
  title: string;
  text: string;
  analysis: ArticleAnalysis;
  engineVersion: string;
  currentEngineVersion: string;
  shared: boolean;
  questions: LibraryQuestionRow[];
  edits: LibraryEditRow[];
  notice?: string;
  error?: { questionId: string | null; message: string };
  /** The question whose edit form is open (the `edit` parameter of the page's address), if any. */
  editing?: string;
}

/** The annotated article and its questions at once: keep, drop or edit each; then use or share them. */
export function ReviewPage(props: ReviewPageProps) {
  const base = `/library/articles/${props.articleId}`;
  const kept = props.questions.filter((row) => row.status === "kept").length;
  const generalError = props.error && props.error.questionId === null ? props.error.message : undefined;
  return (
    <Page title={`Review: ${props.title}`} current="library" mainClass="wide">
      <p class="crumbs">
        <a href="/library">Your library</a>
      </p>
      <FormMessages notice={props.notice} error={generalError} errorId="review-error" />
      <div class="review-layout">
        <section aria-label="The article, annotated" class="review-article">
          <AnnotatedArticle title={props.title} text={props.text} analysis={props.analysis} />
        </section>
        <section aria-labelledby="questions-heading" class="review-questions">
          <h2 id="questions-heading">Questions ({kept} kept)</h2>
          <p class="hint">
            Keep the questions you want, drop the rest, or edit one: its evidence must be words of the
            article.
          </p>
          {props.questions.map((row, index) => (
            <QuestionReview
              row={row}
              number={index + 1}
              base={base}
              error={props.error?.questionId === row.id ? props.error.message : undefined}
              editing={props.editing === row.id}
            />
          ))}
        </section>
      </div>
      <ArticleActions {...props} base={base} kept={kept} />
      <EditLog edits={props.edits} />
      <script src="/app.js" defer />
    </Page>
  );
}

/**
 * One question with its Keep and Drop buttons. Its edit form is rendered only when it is open (asked for by the
 * page's `edit` parameter, or refused with a message): a form per question made the page of a long article
 * about 390 KB of HTML and cost more CPU to render than a Worker may spend on a request (docs/performance.md).
 */
function QuestionReview({
  row,
  number,
  base,
  error,
  editing,
}: {
  row: LibraryQuestionRow;
  number: number;
  base: string;
  error?: string;
  editing: boolean;
}) {
  const question: Question = row.question;
  const action = `${base}/questions/${encodeURIComponent(row.id)}`;
  const errorId = `error-${row.id}`;
  return (
    <article class={`card question-review status-${row.status}`} id={row.id}>
      <h3>
        {number}. {question.prompt}
      </h3>
      <p class="question-meta">
        {question.skill} · {question.kind}
        {question.control ? " · control item" : ""} · <strong>{statusLabel(row)}</strong>
      </p>
      <ol class="options" type="a">
        {question.options.map((option) => (
          <li>
            {option.id === question.correctOptionId ? <strong>{option.text} (correct)</strong> : option.text}
          </li>
        ))}
      </ol>
      <p>
        <strong>Explanation:</strong> {question.explanation}
      </p>
      <p>
        <strong>Evidence:</strong> {question.evidence.map((span) => `“${span.text}”`).join(" · ")}
      </p>
      {error && (
        <p class="alert" role="alert" id={errorId}>
          {error}
        </p>
      )}
      <form method="post" action={action} class="button-row">
        <EditorField id={`editor-${row.id}`} />
        <button type="submit" name="action" value="keep" class="btn-small">
          Keep
        </button>
        <button type="submit" name="action" value="drop" class="btn-secondary btn-small">
          Drop
        </button>
      </form>
      {editing || error !== undefined ? (
        <QuestionEditForm row={row} action={action} error={error} errorId={errorId} />
      ) : (
        <p>
          <a href={`${base}?edit=${encodeURIComponent(row.id)}#${encodeURIComponent(row.id)}`}>
            Edit this question
          </a>
        </p>
      )}
    </article>
  );
}

/** A question's edit form: prompt, options with the one correct answer, explanation, evidence. */
function QuestionEditForm({
  row,
  action,
  error,
  errorId,
}: {
  row: LibraryQuestionRow;
  action: string;
  error?: string;
  errorId: string;
}) {
  const question: Question = row.question;
  const slots = Array.from({ length: MAX_OPTIONS }, (_, index) => question.options[index]);
  return (
    <section class="question-edit" aria-label="Edit this question">
      <h4>Edit this question</h4>
      <form method="post" action={action}>
        <input type="hidden" name="action" value="edit" />
        <div class="field">
          <label for={`prompt-${row.id}`}>Prompt</label>
          <textarea
            id={`prompt-${row.id}`}
            name="prompt"
            rows={2}
            aria-describedby={error ? errorId : undefined}
          >
            {question.prompt}
          </textarea>
        </div>
        <fieldset>
          <legend>Options (mark the one correct answer; leave a box empty to remove an option)</legend>
          {slots.map((option, index) => {
            const slot = String.fromCharCode(97 + index);
            return (
              <div class="option-edit">
                <input
                  type="radio"
                  name="correct"
                  value={slot}
                  id={`correct-${row.id}-${slot}`}
                  checked={option !== undefined && option.id === question.correctOptionId}
                  aria-label={`Option ${slot} is the correct answer`}
                />
                <label for={`option-${row.id}-${slot}`} class="vh">
                  Option {slot}
                </label>
                <input
                  id={`option-${row.id}-${slot}`}
                  name="options"
                  value={option?.text ?? ""}
                  maxlength={300}
                />
              </div>
            );
          })}
        </fieldset>
        <div class="field">
          <label for={`explanation-${row.id}`}>Explanation</label>
          <textarea id={`explanation-${row.id}`} name="explanation" rows={3}>
            {question.explanation}
          </textarea>
        </div>
        {[...question.evidence, undefined].map((span, index) => (
          <div class="field">
            <label for={`evidence-${row.id}-${index}`}>
              {index === 0 ? "Evidence (words of the article)" : "More evidence (optional)"}
            </label>
            <textarea id={`evidence-${row.id}-${index}`} name="evidence" rows={2}>
              {span?.text ?? ""}
            </textarea>
          </div>
        ))}
        <EditorField id={`editor-edit-${row.id}`} />
        <button type="submit">Save and keep</button>
      </form>
    </section>
  );
}

function statusLabel(row: LibraryQuestionRow): string {
  if (row.status === "pending") return "to review";
  if (row.status === "dropped") return "dropped";
  return row.edited ? "kept, edited" : "kept";
}

function EditorField({ id }: { id: string }) {
  return (
    <span class="field-inline">
      <label for={id}>Your name</label> <input id={id} name="editor" maxlength={60} size={12} />
    </span>
  );
}

function ArticleActions(props: ReviewPageProps & { base: string; kept: number }) {
  const { base } = props;
  const upgraded = props.engineVersion !== props.currentEngineVersion;
  return (
    <section aria-labelledby="use-heading" class="card">
      <h2 id="use-heading">Use and manage this article</h2>
      <h3>Run a class session</h3>
      <form method="post" action={`${base}/session`}>
        <div class="field">
          <label for="session-title">Session title</label>
          <input id="session-title" name="title" required maxlength={120} value={props.title.slice(0, 120)} />
        </div>
        <div class="field">
          <label for="session-count">Number of questions (at most the {props.kept} kept)</label>
          <input
            id="session-count"
            name="questionCount"
            type="number"
            min={1}
            max={50}
            value={String(Math.max(1, Math.min(10, props.kept)))}
          />
        </div>
        <button type="submit">Start a session with the kept questions</button>
      </form>
      <h3>Share as a public quiz</h3>
      <form method="post" action={`${base}/publish`}>
        <p>
          <input type="checkbox" id="confirm-share" name="confirm" value="yes" required />{" "}
          <label for="confirm-share">
            I may share this article's text publicly (I wrote it, it is openly licensed, or I have
            permission).
          </label>
        </p>
        <button type="submit">Publish a quiz of the kept questions</button>
      </form>
      <h3>Rename</h3>
      <form method="post" action={`${base}/rename`} class="button-row">
        <label for="rename-title" class="vh">
          New title
        </label>
        <input id="rename-title" name="title" required maxlength={200} value={props.title} />
        <button type="submit" class="btn-secondary">
          Rename
        </button>
      </form>
      <h3>Analyse again</h3>
      <p>
        Built by engine <code>{props.engineVersion}</code>
        {upgraded ? (
          <>
            ; Byline now runs <code>{props.currentEngineVersion}</code>.
          </>
        ) : (
          ", the current one."
        )}{" "}
        Analysing again keeps every question you kept, dropped or edited and replaces only those still to
        review.
      </p>
      <form method="post" action={`${base}/reanalyse`}>
        <button type="submit" class="btn-secondary">
          Analyse again with the current engine
        </button>
      </form>
      <h3>Delete</h3>
      <p>Sessions and quizzes that used this article keep their questions, answers and exports.</p>
      <form method="post" action={`${base}/delete`}>
        <button type="submit" class="btn-danger">
          Delete this article
        </button>
      </form>
    </section>
  );
}

function EditLog({ edits }: { edits: LibraryEditRow[] }) {
  if (edits.length === 0) return null;
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">Who changed what</h2>
      <ul class="edit-log">
        {edits.map((edit) => (
          <li>
            <time datetime={edit.at.toISOString()}>
              {edit.at.toISOString().slice(0, 16).replace("T", " ")}
            </time>{" "}
            · {edit.editor} · {edit.action}
            {edit.questionId ? ` question ${edit.questionId}` : ""}
            {edit.changes ? `: ${Object.keys(edit.changes).join(", ")}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
