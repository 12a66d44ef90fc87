import type { Child } from "hono/jsx";
import type { ReviewedQuestion, SkillScore } from "../quiz/scoring";
import {
  AnswerFeedback,
  type AnswerFeedbackProps,
  AnswerReview,
  QuestionForm,
  type QuestionFormProps,
  ReadNext,
  SkillScoreTable,
} from "../quiz/views";
import { FormMessages } from "../views/form-messages";
import { Page } from "../views/layout";

export interface JoinPageProps {
  code: string;
  nickname: string;
  /** True when the PIN box should start open (a rejoin was attempted). */
  rejoining: boolean;
  error?: string;
  notice?: string;
}

/** Join a session with the code and a nickname; rejoin on another device with the PIN. */
export function JoinPage({ code, nickname, rejoining, error, notice }: JoinPageProps) {
  return (
    <Page title="Join a class">
      <h1>Join a class</h1>
      <FormMessages notice={notice} error={error} errorId="join-error" />
      <form
        method="post"
        action="/join"
        class="card join-form"
        aria-describedby={error ? "join-error" : undefined}
      >
        <div class="field">
          <label for="code">Join code</label>
          <input
            id="code"
            name="code"
            required
            value={code}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxlength={12}
            class="code-input"
            aria-describedby="code-hint"
          />
          <p class="hint" id="code-hint">
            Six letters and digits, shown by your teacher.
          </p>
        </div>
        <div class="field">
          <label for="nickname">Nickname</label>
          <input
            id="nickname"
            name="nickname"
            value={nickname}
            maxlength={48}
            autocomplete="nickname"
            aria-describedby="nickname-hint"
          />
          <p class="hint" id="nickname-hint">
            1 to 24 characters. Others in the class may see it.
          </p>
        </div>
        <details open={rejoining}>
          <summary>Joined already, on another device?</summary>
          <div class="field">
            <label for="pin">Rejoin PIN</label>
            <input
              id="pin"
              name="pin"
              inputmode="numeric"
              autocomplete="off"
              maxlength={6}
              pattern="[0-9]{6}"
              aria-describedby="pin-hint"
            />
            <p class="hint" id="pin-hint">
              The 6-digit PIN shown when you joined. Use the same nickname.
            </p>
          </div>
        </details>
        {/* Join comes first in the form, so pressing Enter in a field joins rather than suggests. */}
        <div class="button-row">
          <button type="submit" name="intent" value="join">
            Join
          </button>
          <button type="submit" name="intent" value="suggest" class="btn-secondary" formnovalidate>
            Suggest a name
          </button>
        </div>
      </form>
    </Page>
  );
}

export interface StudentBarProps {
  title: string;
  nickname: string;
  pin: string;
}

/** Who the student is in this session, and the PIN that lets them carry on from another device. */
function StudentBar({ title, nickname, pin }: StudentBarProps) {
  return (
    <p class="student-bar">
      <span>{title}</span> ·{" "}
      <span>
        You are <strong>{nickname}</strong>
      </span>{" "}
      ·{" "}
      <span>
        Rejoin PIN <strong class="pin">{pin}</strong>
      </span>
    </p>
  );
}

function StudentPage({ bar, title, children }: { bar: StudentBarProps; title: string; children: Child }) {
  return (
    <Page title={title}>
      <StudentBar {...bar} />
      {children}
      <script src="/app.js" defer />
    </Page>
  );
}

/** One question of a session, for a student. */
export function StudentQuestionPage({ bar, form }: { bar: StudentBarProps; form: QuestionFormProps }) {
  return (
    <StudentPage bar={bar} title={`Question ${form.position} of ${form.total}`}>
      <QuestionForm {...form} />
    </StudentPage>
  );
}

/** The answer to one question of a session, for a student. */
export function StudentFeedbackPage({
  bar,
  feedback,
}: {
  bar: StudentBarProps;
  feedback: AnswerFeedbackProps;
}) {
  return (
    <StudentPage bar={bar} title={`Question ${feedback.position} of ${feedback.total}: answer`}>
      <AnswerFeedback {...feedback} />
    </StudentPage>
  );
}

export interface AnswerRecordedProps {
  position: number;
  total: number;
  prompt: string;
  /** The text of the option chosen, or null when time ran out first. */
  chosen: string | null;
  next: { href: string; label: string };
}

/**
 * An answer in a session that withholds answers until it ends: recorded, with no verdict, key, explanation
 * or evidence, so a classmate answering under a second nickname learns nothing to pass on.
 */
export function StudentAnswerRecordedPage({
  bar,
  recorded,
}: {
  bar: StudentBarProps;
  recorded: AnswerRecordedProps;
}) {
  return (
    <StudentPage bar={bar} title={`Question ${recorded.position} of ${recorded.total}: answer recorded`}>
      <h1>
        Question {recorded.position} <span class="muted">of {recorded.total}</span>
      </h1>
      <p class="prompt">{recorded.prompt}</p>
      <p class="notice" role="status">
        {recorded.chosen === null ? (
          "Time ran out before you chose an option."
        ) : (
          <>
            Your answer is recorded: <strong>{recorded.chosen}</strong>
          </>
        )}
      </p>
      <p>{WITHHELD_NOTE}</p>
      <p>
        <a class="btn" href={recorded.next.href}>
          {recorded.next.label}
        </a>
      </p>
    </StudentPage>
  );
}

const WITHHELD_NOTE =
  "Your teacher shows the answers when the session ends: come back to this page then to see the right answer and why.";

/** An instructor-paced session where the student is ahead of the class: wait for the next question. */
export function WaitingPage({
  bar,
  joinCode,
  position,
}: {
  bar: StudentBarProps;
  joinCode: string;
  position: number;
}) {
  return (
    <StudentPage bar={bar} title="Waiting for the next question">
      <h1>Waiting for your teacher</h1>
      <p
        data-wait-url={`/api/sessions/${joinCode}/status`}
        data-live-url={`/api/sessions/${joinCode}/socket`}
        data-wait-for={String(position)}
      >
        Question {position} opens when your teacher moves on. This page moves on by itself when it opens (with
        JavaScript; without it, use Check now).
      </p>
      <p>
        <a class="btn" href={`/class/${joinCode}/${position}`}>
          Check now
        </a>
      </p>
    </StudentPage>
  );
}

/** A question whose answer the teacher revealed before this student answered: closed, counted as not answered. */
export function QuestionClosedPage({
  bar,
  position,
  total,
  next,
}: {
  bar: StudentBarProps;
  position: number;
  total: number;
  next: string;
}) {
  return (
    <StudentPage bar={bar} title={`Question ${position} of ${total}: closed`}>
      <h1>
        Question {position} <span class="muted">of {total}</span>
      </h1>
      <p class="notice">
        Your teacher revealed the answer before you answered, so this question is closed. It counts as not
        answered. Look at the projector to see how the class answered and why.
      </p>
      <p>
        <a class="btn" href={next}>
          {position >= total ? "See your score" : "Next question"}
        </a>
      </p>
    </StudentPage>
  );
}

export interface StudentDoneProps {
  bar: StudentBarProps;
  ended: boolean;
  /** The session withholds answers and has not ended: no score, verdicts or leaderboard yet. */
  withheld: boolean;
  correct: number;
  total: number;
  answered: number;
  scores: SkillScore[];
  review: ReviewedQuestion[];
  leaderboard: { nickname: string; correct: number }[] | null;
  articles: { slug: string; title: string }[];
  resumeHref: string | null;
}

/** The student's score at the end of a session. */
export function StudentDonePage(props: StudentDoneProps) {
  if (props.withheld) return <StudentDoneWithheldPage {...props} />;
  return (
    <StudentPage bar={props.bar} title="Your score">
      <h1>Your score</h1>
      {props.ended && <p class="notice">The session has ended.</p>}
      <p class="big-score">
        <strong>{props.correct}</strong> right out of {props.total}
      </p>
      {props.resumeHref && (
        <p>
          You have {props.total - props.answered} questions left. <a href={props.resumeHref}>Go on</a>.
        </p>
      )}
      <SkillScoreTable scores={props.scores} caption="Your score per skill" />
      <AnswerReview questions={props.review} />
      {props.leaderboard && (
        <section aria-labelledby="leaderboard-heading">
          <h2 id="leaderboard-heading">Leaderboard</h2>
          <ol class="leaderboard">
            {props.leaderboard.map((row) => (
              <li>
                {row.nickname}: {row.correct} right
              </li>
            ))}
          </ol>
        </section>
      )}
      <ReadNext articles={props.articles} />
    </StudentPage>
  );
}

/** The end of a session that withholds answers, before the teacher ends it: how far, and when answers come. */
function StudentDoneWithheldPage(props: StudentDoneProps) {
  return (
    <StudentPage bar={props.bar} title="Your answers">
      <h1>Your answers</h1>
      <p class="big-score">
        <strong>{props.answered}</strong> of {props.total} answered
      </p>
      {props.resumeHref && (
        <p>
          You have {props.total - props.answered} questions left. <a href={props.resumeHref}>Go on</a>.
        </p>
      )}
      <p class="notice">
        Your score and the answers appear here when your teacher ends the session. Reload this page then.
      </p>
    </StudentPage>
  );
}
