import type { Child } from "hono/jsx";
import type { Span } from "../analysis/types";
import { findHiddenMarkup, visibleText } from "../articles/display-text";
import { type Segment, segmentText } from "../articles/highlight-spans";
import type { Question, Skill } from "../questions/types";
import { type ArticleInfo, isBundledSlug, readingLinkOf } from "./article-info";
import { evidenceParagraphs } from "./evidence-paragraphs";
import { type PassageProps, QuestionPassage } from "./question-passage";
import { type ReviewedQuestion, SKILL_NAMES, type SkillScore } from "./scoring";

/** A question as a student may see it before answering: no answer, no explanation. */
export interface ShownQuestion {
  id: string;
  skill: Skill;
  prompt: string;
  options: { id: string; text: string }[];
}

export interface QuestionFormProps {
  action: string;
  position: number;
  total: number;
  question: ShownQuestion;
  error?: string;
  /**
   * Set when the session has a time limit: the limit and the seconds left now (not a clock time, so a
   * student's wrong clock cannot cut their time short).
   */
  timer?: { seconds: number; secondsLeft: number };
  /** The passage the question is about, shown above the options without marks. */
  passage?: PassageProps;
}

/**
 * One question as a form of radio buttons: works without JavaScript, one tab stop per group, labelled; the
 * passage it is about above the prompt.
 */
export function QuestionForm({
  action,
  position,
  total,
  question,
  error,
  timer,
  passage,
}: QuestionFormProps) {
  return (
    <form method="post" action={action} class="question" data-timed={timer ? "" : undefined}>
      <h1>
        Question {position} <span class="muted">of {total}</span>
      </h1>
      <p class="skill-tag">{SKILL_NAMES[question.skill]}</p>
      {error && (
        <p class="alert" role="alert" id="answer-error">
          {error}
        </p>
      )}
      {timer && (
        <p class="timer">
          Time limit: {timer.seconds} seconds.{" "}
          <span data-seconds-left={String(timer.secondsLeft)}>{`${timer.secondsLeft} seconds left.`}</span>
        </p>
      )}
      {passage && <QuestionPassage article={passage.article} passages={passage.passages} />}
      <input type="hidden" name="questionId" value={question.id} />
      <fieldset aria-describedby={error ? "answer-error" : undefined}>
        <legend class="prompt">{question.prompt}</legend>
        {question.options.map((option, index) => (
          <div class="option">
            <input type="radio" name="optionId" id={`option-${index + 1}`} value={option.id} required />
            <label for={`option-${index + 1}`}>{option.text}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">Check answer</button>
    </form>
  );
}

export interface AnswerFeedbackProps {
  position: number;
  total: number;
  question: Question;
  /** The options in the order the student saw them. */
  options: { id: string; text: string; feedback?: string }[];
  chosenOptionId: string | null;
  correct: boolean;
  timedOut: boolean;
  article: ArticleInfo | undefined;
  next: { href: string; label: string };
}

/**
 * Right or wrong, every option with why it is right or wrong (the method behind each choice, not only the
 * chosen one's), the explanation, and the evidence highlighted in its paragraph, then the way on.
 */
export function AnswerFeedback(props: AnswerFeedbackProps) {
  const { question, options, chosenOptionId, correct, timedOut, article, next } = props;
  return (
    <div class="feedback">
      <h1>
        Question {props.position} <span class="muted">of {props.total}</span>
      </h1>
      <p class="prompt">{question.prompt}</p>
      <Verdict correct={correct} timedOut={timedOut} />
      <ul class="answer-options">
        {options.map((option) => (
          <li
            class={[
              option.id === question.correctOptionId ? "is-correct" : "",
              option.id === chosenOptionId ? "is-chosen" : "",
            ].join(" ")}
          >
            {option.text}
            {option.id === chosenOptionId && <strong class="tag">your answer</strong>}
            {option.id === question.correctOptionId && <strong class="tag">correct answer</strong>}
            {option.feedback && <p class="option-feedback">{option.feedback}</p>}
          </li>
        ))}
      </ul>
      <p>{question.explanation}</p>
      {article && <EvidenceInArticle article={article} evidence={question.evidence} />}
      <p>
        <a class="btn" href={next.href}>
          {next.label}
        </a>
      </p>
    </div>
  );
}

function Verdict({ correct, timedOut }: { correct: boolean; timedOut: boolean }) {
  if (timedOut) {
    return (
      <p class="verdict verdict-wrong" role="status">
        <span aria-hidden="true">⏱ </span>
        <strong>Time ran out.</strong> This one counts as not answered correctly.
      </p>
    );
  }
  return correct ? (
    <p class="verdict verdict-right" role="status">
      <span aria-hidden="true">✓ </span>
      <strong>Right.</strong>
    </p>
  ) : (
    <p class="verdict verdict-wrong" role="status">
      <span aria-hidden="true">✗ </span>
      <strong>Not quite.</strong>
    </p>
  );
}

/** The paragraphs of the article that hold the evidence, the evidence marked, and a link to the whole article. */
export function EvidenceInArticle({
  article,
  evidence,
}: {
  article: ArticleInfo;
  evidence: readonly Span[];
}) {
  const paragraphs = evidenceParagraphs(article.text, evidence);
  const link = readingLinkOf(article);
  const hidden = findHiddenMarkup(article.text);
  return (
    <section class="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence in the article</h2>
      {paragraphs.map((paragraph) => (
        <blockquote>
          <p>
            {segmentText(
              paragraph,
              paragraph.marks.map((mark) => ({ ...mark, priority: 0, data: null })),
            ).map((segment) => (
              <EvidenceSegment segment={segment} text={article.text} hidden={hidden} />
            ))}
          </p>
        </blockquote>
      ))}
      <p>
        From <a href={link.href}>{article.title}</a> ({link.note}).
      </p>
    </section>
  );
}

function EvidenceSegment({
  segment,
  text,
  hidden,
}: {
  segment: Segment<null>;
  text: string;
  hidden: Span[];
}) {
  if (segment.type === "text") return <>{visibleText(text, segment, hidden)}</>;
  return (
    <mark>
      <span class="vh">evidence: </span>
      {visibleText(text, segment, hidden)}
    </mark>
  );
}

/** A horizontal bar for a percentage, drawn in inline SVG; the figure itself is always written beside it. */
export function PercentBar({ percent }: { percent: number | null }) {
  const width = Math.max(0, Math.min(100, percent ?? 0));
  return (
    <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="bar-track" width="100" height="8" />
      <rect class="bar-fill" width={String(width)} height="8" />
    </svg>
  );
}

/** The class's top ten by correct answers, as a numbered list of nicknames. */
export function LeaderboardList({
  rows,
  listClass = "leaderboard",
}: {
  rows: { nickname: string; correct: number }[];
  listClass?: string;
}) {
  return (
    <ol class={listClass}>
      {rows.slice(0, 10).map((row) => (
        <li>
          {row.nickname}: {row.correct} right
        </li>
      ))}
    </ol>
  );
}

/** A class's mastery per skill: the skill, right out of answered, the percentage written and as a bar. */
export function SkillMasteryTable({
  skills,
  caption,
  tableClass = "mastery",
}: {
  skills: { skill: Skill; correct: number; answered: number; percent: number | null }[];
  caption?: string;
  tableClass?: string;
}) {
  return (
    <table class={tableClass}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Right out of answered</th>
          <th scope="col">Mastery</th>
        </tr>
      </thead>
      <tbody>
        {skills.map((skill) => (
          <tr>
            <th scope="row">{SKILL_NAMES[skill.skill]}</th>
            <td>
              {skill.correct} of {skill.answered}
            </td>
            <td class="bar-cell">
              <span class="figure">{skill.percent === null ? "–" : `${skill.percent}%`}</span>{" "}
              <PercentBar percent={skill.percent} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Score per skill as a table: the skill, right out of total, the percentage written and as a bar. */
export function SkillScoreTable({ scores, caption }: { scores: SkillScore[]; caption: string }) {
  return (
    <table class="scores">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Right</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((score) => (
          <tr>
            <th scope="row">{SKILL_NAMES[score.skill]}</th>
            <td>
              {score.correct} of {score.total}
            </td>
            <td class="bar-cell">
              <span class="figure">{score.percent ?? 0}%</span> <PercentBar percent={score.percent} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every question of the quiz with how it went, each linking to its answer and evidence: a way back to the misses. */
export function AnswerReview({ questions }: { questions: readonly ReviewedQuestion[] }) {
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Go over your answers</h2>
      <ol class="review">
        {questions.map((question) => (
          <li>
            <a href={question.href}>{`Question ${question.position}`}</a>{" "}
            <strong>
              {question.correct === null ? "not answered" : question.correct ? "right" : "not right"}
            </strong>
            {` · ${SKILL_NAMES[question.skill]} · `}
            <span class="muted">{shortPrompt(question.prompt)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function shortPrompt(prompt: string): string {
  return prompt.length <= 90 ? prompt : `${prompt.slice(0, 90).replace(/\s+\S*$/, "")}…`;
}

/** The annotated (bundled) articles a quiz drew on, to read next; nothing when there are none. */
export function ReadNext({ articles: drawnOn }: { articles: { slug: string; title: string }[] }): Child {
  // A library article has no public annotated page.
  const articles = drawnOn.filter((article) => isBundledSlug(article.slug));
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="read-next">
      <h2 id="read-next">See every source, cue and loaded word</h2>
      <ul>
        {articles.map((article) => (
          <li>
            <a href={`/articles/${article.slug}`}>{article.title}</a> (annotated)
          </li>
        ))}
      </ul>
    </section>
  );
}
