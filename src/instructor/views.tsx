import type { QuizRow, SessionRow } from "../db/schema";
import { SKILLS } from "../questions/types";
import type { OptionSplit } from "../quiz/option-split";
import { SKILL_NAMES } from "../quiz/scoring";
import { LeaderboardList, PercentBar, SkillMasteryTable } from "../quiz/views";
import { MAX_QUESTIONS, TIMER_MAX_SECONDS, TIMER_MIN_SECONDS } from "../sessions/session-settings";
import { Choice, type ChoiceProps } from "../views/choice";
import { FormMessages } from "../views/form-messages";
import { Page } from "../views/layout";
import type { SessionFigures } from "./dashboard-figures";

/** The instructor's two pages of a session: a form posted from either comes back to it. */
export type InstructorPage = "dashboard" | "present";

/** The create-session form's values, as typed (so a refused form comes back as it was). */
export interface SessionFormValues {
  title: string;
  questionCount: string;
  articles: string[];
  libraryArticles: string[];
  skills: string[];
  pacing: string;
  timed: boolean;
  timerSeconds: string;
  leaderboard: boolean;
  shuffle: boolean;
  withholdAnswers: boolean;
}

export const DEFAULT_FORM_VALUES: Omit<SessionFormValues, "articles" | "libraryArticles"> = {
  title: "",
  questionCount: "10",
  skills: [...SKILLS],
  pacing: "self",
  timed: false,
  timerSeconds: "30",
  leaderboard: false,
  shuffle: true,
  withholdAnswers: false,
};

export interface NewSessionPageProps {
  articles: { slug: string; title: string }[];
  /** The articles of the library this browser holds the key of, with kept questions (none without a library). */
  libraryArticles?: { id: string; title: string; kept: number }[];
  values: SessionFormValues;
  /** Sessions whose instructor key this browser keeps, newest first. */
  remembered: SessionRow[];
  error?: string;
  notice?: string;
}

/** The form an instructor fills in to start a classroom session, after the sessions they run already. */
export function NewSessionPage({
  articles,
  libraryArticles = [],
  values,
  remembered,
  error,
  notice,
}: NewSessionPageProps) {
  return (
    <Page title="Run a class session" current="sessions">
      <h1>Run a class session</h1>
      <p>
        Students join with a code and a nickname, no accounts. You watch their progress live and download the
        scores at the end.
      </p>
      <FormMessages notice={notice} error={error} errorId="form-error" />
      <RememberedSessions sessions={remembered} />
      <h2 id="new-session-heading">New session</h2>
      <form
        method="post"
        action="/sessions"
        aria-labelledby="new-session-heading"
        class="card session-form"
        aria-describedby={error ? "form-error" : undefined}
      >
        <div class="field">
          <label for="title">Title</label>
          <input id="title" name="title" required maxlength={80} value={values.title} autocomplete="off" />
        </div>
        <fieldset>
          <legend>Articles</legend>
          {articles.map((article, index) => (
            <Check
              name="articles"
              id={`article-${index + 1}`}
              value={article.slug}
              checked={values.articles.includes(article.slug)}
            >
              {article.title}
            </Check>
          ))}
          <p class="hint">
            {libraryArticles.length > 0
              ? "None ticked means all articles, unless you tick articles from your library: then only those."
              : "None ticked means all articles."}
          </p>
        </fieldset>
        {libraryArticles.length > 0 && (
          <fieldset>
            <legend>Your library</legend>
            {libraryArticles.map((article, index) => (
              <Check
                name="libraryArticles"
                id={`library-article-${index + 1}`}
                value={article.id}
                checked={values.libraryArticles.includes(article.id)}
              >
                {article.title} ({article.kept} kept {article.kept === 1 ? "question" : "questions"})
              </Check>
            ))}
            <p class="hint">Only the questions you kept in review are asked.</p>
          </fieldset>
        )}
        <fieldset>
          <legend>Skills</legend>
          {SKILLS.map((skill) => (
            <Check name="skills" id={`skill-${skill}`} value={skill} checked={values.skills.includes(skill)}>
              {SKILL_NAMES[skill]}
            </Check>
          ))}
          <p class="hint">None ticked means all skills.</p>
        </fieldset>
        <div class="field">
          <label for="questionCount">Number of questions</label>
          <input
            id="questionCount"
            name="questionCount"
            type="number"
            inputmode="numeric"
            min={1}
            max={MAX_QUESTIONS}
            required
            value={values.questionCount}
          />
        </div>
        <fieldset>
          <legend>Pace</legend>
          <Choice
            type="radio"
            name="pacing"
            id="pacing-self"
            value="self"
            checked={values.pacing !== "instructor"}
          >
            Self-paced: each student moves on when ready
          </Choice>
          <Choice
            type="radio"
            name="pacing"
            id="pacing-instructor"
            value="instructor"
            checked={values.pacing === "instructor"}
          >
            Instructor-paced: you open one question at a time
          </Choice>
        </fieldset>
        <fieldset>
          <legend>Options</legend>
          <Check name="timed" id="timed" value="on" checked={values.timed}>
            Time limit per question
          </Check>
          <div class="field indent">
            <label for="timerSeconds">Seconds per question</label>
            <input
              id="timerSeconds"
              name="timerSeconds"
              type="number"
              inputmode="numeric"
              min={TIMER_MIN_SECONDS}
              max={TIMER_MAX_SECONDS}
              value={values.timerSeconds}
            />
          </div>
          <Check name="leaderboard" id="leaderboard" value="on" checked={values.leaderboard}>
            Show a leaderboard of nicknames
          </Check>
          <Check name="shuffle" id="shuffle" value="on" checked={values.shuffle}>
            Shuffle questions and options for each student
          </Check>
          <Check name="withholdAnswers" id="withholdAnswers" value="on" checked={values.withholdAnswers}>
            Withhold answers until the session ends (students see no right answer, score or explanation until
            you end it)
          </Check>
        </fieldset>
        <button type="submit">Create session</button>
      </form>
    </Page>
  );
}

/** Dashboards this browser can open: the way back to a session without its address or key at hand. */
function RememberedSessions({ sessions }: { sessions: SessionRow[] }) {
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="remembered-heading">
      <h2 id="remembered-heading">Your sessions in this browser</h2>
      <ul class="remembered">
        {sessions.map((session) => (
          <li>
            <a href={`/sessions/${session.id}/dashboard`}>{session.title}</a>{" "}
            <span class="muted">
              {`code ${session.joinCode}, created ${session.createdAt.toISOString().slice(0, 10)}${session.endedAt ? ", ended" : ""}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Check(props: Omit<ChoiceProps, "type">) {
  return <Choice type="checkbox" {...props} />;
}

export interface DashboardPageProps {
  session: SessionRow;
  joinUrl: string;
  /** The instructor key, on the one visit right after the session was created. */
  newKey: string | null;
  figures: SessionFigures;
  quizzes: QuizRow[];
  origin: string;
  now: Date;
  /**
   * The session's bundled articles (seeds and practice pieces) a teacher can add to the library this browser
   * holds, to review and edit their questions; undefined when the browser holds no library key.
   */
  toLibrary?: { slug: string; title: string }[];
}

/** The instructor's dashboard: how to join, the controls, the live figures, downloads and clean-up. */
export function DashboardPage(props: DashboardPageProps) {
  const { session } = props;
  const base = `/sessions/${session.id}`;
  return (
    <Page title={`Dashboard: ${session.title}`} current="sessions" mainClass="wide">
      <h1>{session.title}</h1>
      {props.newKey && <NewKeyNotice instructorKey={props.newKey} />}
      <section class="card join-info" aria-labelledby="join-heading">
        <h2 id="join-heading">How students join</h2>
        <p>
          Go to <strong>{props.origin.replace(/^https?:\/\//, "")}/join</strong> and enter the code
        </p>
        <p class="join-code">
          <span class="vh">Join code: </span>
          {session.joinCode}
        </p>
        <p>
          or open <a href={props.joinUrl}>{props.joinUrl}</a>
        </p>
        <p>
          <strong>Status:</strong> <SessionStatus session={session} />
        </p>
      </section>
      <p class="projector-link">
        <a class="btn btn-secondary" href={`${base}/present`}>
          Open the projector view
        </a>{" "}
        <span class="muted">for the class's screen: each question, how the class answered, and why.</span>
      </p>
      <Controls session={session} base={base} />
      <SecondNicknameNote session={session} />
      <div
        id="live"
        data-refresh-url={`${base}/live`}
        data-live-url={`${base}/socket`}
        data-refresh-seconds="5"
      >
        <DashboardLive session={session} figures={props.figures} now={props.now} />
      </div>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Download scores</h2>
        <ul>
          <li>
            <a href={`/api/sessions/${session.id}/export.csv?format=wide`}>CSV, one row per student</a>
          </li>
          <li>
            <a href={`/api/sessions/${session.id}/export.csv?format=long`}>CSV, one row per answer</a>
          </li>
          <li>
            <a href={`/api/sessions/${session.id}/export.json`}>JSON, everything</a>
          </li>
        </ul>
      </section>
      <PublishSection base={base} quizzes={props.quizzes} origin={props.origin} />
      {props.toLibrary && props.toLibrary.length > 0 && (
        <ToLibrarySection sessionId={session.id} articles={props.toLibrary} />
      )}
      <section aria-labelledby="delete-heading" class="danger">
        <h2 id="delete-heading">Delete this session</h2>
        <form method="post" action={`${base}/delete`}>
          <div class="option">
            <input type="checkbox" id="confirm-delete" name="confirm" value="yes" required />
            <label for="confirm-delete">
              Delete the session, every student and every answer. This cannot be undone.
            </label>
          </div>
          <button type="submit" class="btn-danger">
            Delete session data
          </button>
        </form>
      </section>
      <script src="/app.js" defer />
    </Page>
  );
}

/** Reverse import: each of the session's bundled articles, to add to the teacher's library and review there. */
function ToLibrarySection({
  sessionId,
  articles,
}: {
  sessionId: string;
  articles: { slug: string; title: string }[];
}) {
  return (
    <section aria-labelledby="to-library-heading">
      <h2 id="to-library-heading">Add an article to your library</h2>
      <p class="muted">
        A copy of the article goes into your library with freshly built questions, for you to keep, drop or
        edit and use again.
      </p>
      <ul>
        {articles.map((article) => (
          <li>
            <form method="post" action="/library/import" class="inline-form">
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="article" value={article.slug} />
              {article.title}{" "}
              <button type="submit" class="btn-secondary">
                Add to your library<span class="vh">: {article.title}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NewKeyNotice({ instructorKey }: { instructorKey: string }) {
  return (
    <section class="card new-key" role="status" aria-labelledby="key-heading">
      <h2 id="key-heading">Your instructor key</h2>
      <p class="key">
        <code>{instructorKey}</code>
      </p>
      <p>
        Copy it now: it is shown only this once. This browser remembers it, but you need it to open this
        dashboard on another device or to download scores through the API.
      </p>
    </section>
  );
}

function SessionStatus({ session }: { session: SessionRow }) {
  if (session.endedAt) return <>Ended. Answers are closed.</>;
  const pace =
    session.pacing === "instructor"
      ? ` Question ${session.openCount} of ${session.questionIds.length} open.`
      : " Self-paced.";
  return <>{`${session.locked ? "Joining locked." : "Open for joining."}${pace}`}</>;
}

function Controls({ session, base }: { session: SessionRow; base: string }) {
  if (session.endedAt) return null;
  const allOpen = session.openCount >= session.questionIds.length;
  return (
    <section aria-labelledby="controls-heading" class="controls">
      <h2 id="controls-heading">Run the session</h2>
      <div class="button-row">
        {session.pacing === "instructor" && (
          <form method="post" action={`${base}/next`}>
            <button type="submit" disabled={allOpen}>
              {session.openCount === 0
                ? "Open the first question"
                : allOpen
                  ? "All questions open"
                  : `Open question ${session.openCount + 1}`}
            </button>
          </form>
        )}
        <form method="post" action={`${base}/lock`}>
          <input type="hidden" name="locked" value={session.locked ? "false" : "true"} />
          <button type="submit" class="btn-secondary">
            {session.locked ? "Unlock joining" : "Lock joining"}
          </button>
        </form>
        <form method="post" action={`${base}/end`}>
          <button
            type="submit"
            class="btn-secondary"
            data-confirm="End the session? Students can no longer answer."
          >
            End session
          </button>
        </form>
      </div>
    </section>
  );
}

/**
 * What a teacher can do against a classmate who answers first under a second nickname to learn the answers
 * and pass them on (issue 10): what this session does, and what else helps.
 */
function SecondNicknameNote({ session }: { session: SessionRow }) {
  return (
    <details class="second-nickname">
      <summary>A student answering under a second nickname to find the answers?</summary>
      <ul>
        <li>
          {session.withholdAnswers
            ? "This session withholds answers: students see no right answer, score or explanation until you end it."
            : "This session shows each answer right after it is given. To stop that, create the session with “Withhold answers until the session ends”."}
        </li>
        <li>
          {session.shuffle
            ? "Options are in a different order for each student, so “it's b” does not carry over (the option text still does)."
            : "Options are in the same order for everyone: tick “Shuffle questions and options” next time."}
        </li>
        <li>
          Lock joining once your class is in, and remove a nickname you do not recognise (its answers go too).
        </li>
        <li>
          Questions from the bundled articles can also be played in the public quiz, which shows answers; for
          a graded session use questions from your own library, and publish a quiz only after the session.
        </li>
      </ul>
    </details>
  );
}

function PublishSection({ base, quizzes, origin }: { base: string; quizzes: QuizRow[]; origin: string }) {
  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">Share as a public quiz</h2>
      <p>Publish this session's questions as a link anyone can play on their own, without a join code.</p>
      {quizzes.length > 0 && (
        <ul>
          {quizzes.map((quiz) => (
            <li>
              <a href={`/quiz/${quiz.id}`}>{`${origin}/quiz/${quiz.id}`}</a>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${base}/publish`}>
        <button type="submit" class="btn-secondary">
          Publish a shareable quiz
        </button>
      </form>
    </section>
  );
}

/** The part of the dashboard that refreshes: roster, accuracy per question, mastery per skill, leaderboard. */
export function DashboardLive({
  session,
  figures,
  now,
}: {
  session: SessionRow;
  figures: SessionFigures;
  now: Date;
}) {
  const base = `/sessions/${session.id}`;
  return (
    <>
      <p class="muted refresh-line">
        Updated <time datetime={now.toISOString()}>{now.toISOString().slice(11, 19)} UTC</time>.{" "}
        <a href={`${base}/dashboard`}>Refresh</a>
      </p>
      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">Students ({figures.roster.length})</h2>
        {figures.roster.length === 0 ? (
          <p>Nobody has joined yet.</p>
        ) : (
          <>
            {/* One form for the whole roster: each button sends its nickname, so a row costs few bytes. */}
            <form method="post" action={`${base}/remove`} class="table-scroll">
              <table class="roster">
                <thead>
                  <tr>
                    <th scope="col">
                      <span class="vh">Select</span>
                    </th>
                    <th scope="col">Nickname</th>
                    <th scope="col">Progress</th>
                    <th scope="col">Right</th>
                    <th scope="col">
                      <span class="vh">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {figures.roster.map((row) => (
                    <tr>
                      <td>
                        <input
                          type="checkbox"
                          name="selected"
                          value={row.nickname}
                          aria-label={`Select ${row.nickname}`}
                        />
                      </td>
                      <th scope="row">{row.nickname}</th>
                      <td>
                        {row.answered} of {row.total}
                        {row.finished ? " (finished)" : ""}
                      </td>
                      <td>{row.correct}</td>
                      <td>
                        {row.pinLocked && (
                          <button
                            type="submit"
                            name="nickname"
                            value={row.nickname}
                            formaction={`${base}/pin-reset`}
                            class="btn-secondary btn-small"
                            aria-label={`Reset the PIN lockout of ${row.nickname}`}
                          >
                            PIN locked: reset
                          </button>
                        )}{" "}
                        <button
                          type="submit"
                          name="nickname"
                          value={row.nickname}
                          class="btn-secondary btn-small"
                          aria-label={`Remove ${row.nickname}`}
                          data-confirm="Remove this student and their answers?"
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="button-row">
                <button
                  type="submit"
                  formaction={`${base}/remove-many`}
                  class="btn-secondary"
                  data-confirm="Remove the ticked students and their answers?"
                >
                  Remove selected
                </button>
              </p>
            </form>
            <FloodControls base={base} roster={figures.roster} />
          </>
        )}
      </section>
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">Accuracy per question</h2>
        {/* Focusable, so a keyboard can scroll the table sideways when it is wider than a phone. */}
        <section class="table-scroll" tabindex={0} aria-label="Accuracy table, scrolls sideways">
          <table class="accuracy">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answered</th>
                <th scope="col">Right</th>
                <th scope="col">Options chosen</th>
              </tr>
            </thead>
            <tbody>
              {figures.questions.map((question) => (
                <tr>
                  <th scope="row">{question.label}</th>
                  <td>{question.answered}</td>
                  <td class="bar-cell">
                    <span class="figure">{question.percent === null ? "–" : `${question.percent}%`}</span>{" "}
                    <PercentBar percent={question.percent} />
                  </td>
                  <td>
                    <OptionSplitList split={question.split} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </section>
      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Mastery per skill</h2>
        <SkillMasteryTable skills={figures.skills} />
      </section>
      {session.leaderboard && figures.leaderboard.length > 0 && (
        <section aria-labelledby="leaderboard-heading">
          <h2 id="leaderboard-heading">Leaderboard</h2>
          <LeaderboardList rows={figures.leaderboard} />
        </section>
      )}
    </>
  );
}

/** A flood of joins (a leaked code, a script): remove everyone who has not answered yet, in one go. */
function FloodControls({ base, roster }: { base: string; roster: SessionFigures["roster"] }) {
  const idle = roster.filter((row) => row.answered === 0).length;
  if (idle === 0) return null;
  return (
    <form method="post" action={`${base}/remove-idle`}>
      <button
        type="submit"
        class="btn-secondary"
        data-confirm={`Remove the ${idle} students who have not answered a question yet?`}
      >
        {`Remove everyone with no answer yet (${idle})`}
      </button>{" "}
      <span class="muted">Lock joining first if a leaked code is bringing in strangers.</span>
    </form>
  );
}

/** How many chose each option, the key marked in words: the misconception each wrong answer stands for. */
function OptionSplitList({ split }: { split: OptionSplit }) {
  return (
    <ul class="split-list">
      {split.options.map((option) => (
        <li>
          {shortOption(option.text)}: <strong>{option.count}</strong>
          {option.correct && " (the answer)"}
        </li>
      ))}
      {split.noOption > 0 && <li>{`Time ran out: ${split.noOption}`}</li>}
    </ul>
  );
}

function shortOption(text: string): string {
  return text.length <= 48 ? text : `${text.slice(0, 47).replace(/\s+\S*$/, "")}…`;
}

/** Asks for the instructor key when this browser does not have it (another device, or cookies cleared). */
export function InstructorKeyPage({
  sessionId,
  title,
  error,
  opens = "dashboard",
}: {
  sessionId: string;
  title: string;
  error?: string;
  /** The page the key opens once accepted. */
  opens?: InstructorPage;
}) {
  return (
    <Page title="Instructor key needed" current="sessions">
      <h1>Open the dashboard of “{title}”</h1>
      <p>Enter the instructor key you were shown when you created the session.</p>
      {error && (
        <p class="alert" role="alert" id="key-error">
          {error}
        </p>
      )}
      <form method="post" action={`/sessions/${sessionId}/key`} class="card">
        {opens !== "dashboard" && <input type="hidden" name="opens" value={opens} />}
        <div class="field">
          <label for="key">Instructor key</label>
          <input
            id="key"
            name="key"
            required
            autocomplete="off"
            spellcheck={false}
            aria-describedby={error ? "key-error" : undefined}
          />
        </div>
        <button type="submit">
          {opens === "present" ? "Open the projector view" : "Open the dashboard"}
        </button>
      </form>
    </Page>
  );
}
