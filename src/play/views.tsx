import { SKILLS, type Skill } from "../questions/types";
import { type ReviewedQuestion, SKILL_NAMES, type SkillScore } from "../quiz/scoring";
import {
  AnswerFeedback,
  type AnswerFeedbackProps,
  AnswerReview,
  QuestionForm,
  type QuestionFormProps,
  ReadNext,
  SkillScoreTable,
} from "../quiz/views";
import { Choice } from "../views/choice";
import { Page } from "../views/layout";

export interface PlayStartProps {
  articles: { slug: string; title: string }[];
  chosen?: { article: string; skill: string };
  error?: string;
}

/** The start of the public quiz: pick an article and a skill, or a mix, then play ten questions. */
export function PlayStartPage({ articles, chosen, error }: PlayStartProps) {
  const article = chosen?.article ?? "mix";
  const skill = chosen?.skill ?? "mix";
  return (
    <Page
      title="Play"
      current="play"
      description="Ten questions on sourcing, attribution and loaded language."
    >
      <h1>Play a quiz</h1>
      <p>Ten questions on real news articles. No account needed: pick what to practise and start.</p>
      {error && (
        <p class="alert" role="alert">
          {error}
        </p>
      )}
      <form method="post" action="/play" class="card">
        <div class="field">
          <label for="article">Article</label>
          <select id="article" name="article">
            <option value="mix" selected={article === "mix"}>
              A mix of all articles
            </option>
            {articles.map((item) => (
              <option value={item.slug} selected={article === item.slug}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Skill</legend>
          <SkillRadio value="mix" label="A mix of all three" checked={skill === "mix"} />
          {SKILLS.map((item) => (
            <SkillRadio value={item} label={SKILL_NAMES[item]} checked={skill === item} />
          ))}
        </fieldset>
        <button type="submit">Start the quiz</button>
      </form>
      <p>
        Teaching a class? <a href="/sessions/new">Run a class session</a> with a join code and a live
        dashboard.
      </p>
    </Page>
  );
}

function SkillRadio({ value, label, checked }: { value: "mix" | Skill; label: string; checked: boolean }) {
  return (
    <Choice type="radio" name="skill" id={`skill-${value}`} value={value} checked={checked}>
      {label}
    </Choice>
  );
}

/** One question of a public quiz. */
export function PlayQuestionPage(props: QuestionFormProps) {
  return (
    <Page title={`Question ${props.position} of ${props.total}`} current="play">
      <QuestionForm {...props} />
    </Page>
  );
}

/** The answer to one question of a public quiz. */
export function PlayFeedbackPage(props: AnswerFeedbackProps) {
  return (
    <Page title={`Question ${props.position} of ${props.total}: answer`} current="play">
      <AnswerFeedback {...props} />
    </Page>
  );
}

export interface PlayResultsProps {
  scores: SkillScore[];
  review: ReviewedQuestion[];
  correct: number;
  total: number;
  answered: number;
  articles: { slug: string; title: string }[];
  resumeHref: string | null;
  playAgainHref: string;
}

/** The end of a public quiz: the score per skill and the annotated articles to read next. */
export function PlayResultsPage(props: PlayResultsProps) {
  return (
    <Page title="Your score" current="play">
      <h1>Your score</h1>
      <p class="big-score">
        <strong>{props.correct}</strong> right out of {props.total}
      </p>
      {props.resumeHref && (
        <p>
          You have {props.total - props.answered} questions left.{" "}
          <a href={props.resumeHref}>Go back to them</a>.
        </p>
      )}
      <SkillScoreTable scores={props.scores} caption="Score per skill" />
      <AnswerReview questions={props.review} />
      <ReadNext articles={props.articles} />
      <p>
        <a class="btn" href={props.playAgainHref}>
          Play again
        </a>
      </p>
    </Page>
  );
}

/** The landing page of a published quiz: what it is and a button to start. */
export function PublishedQuizPage({
  quizId,
  title,
  total,
}: {
  quizId: string;
  title: string;
  total: number;
}) {
  return (
    <Page title={title} current="play">
      <h1>{title}</h1>
      <p>
        A quiz of {total} questions on real news articles, shared by a teacher. No account needed; your
        answers are not shown to anyone.
      </p>
      <form method="post" action={`/quiz/${quizId}`}>
        <button type="submit">Start the quiz</button>
      </form>
    </Page>
  );
}
