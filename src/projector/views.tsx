import type { SessionRow } from "../db/schema";
import type { SessionFigures } from "../instructor/dashboard-figures";
import { nextStep, type ProjectorStage, type ProjectorStep, stageKeyOf } from "../live/stage";
import type { Question } from "../questions/types";
import type { ArticleInfo } from "../quiz/article-info";
import type { OptionSplit } from "../quiz/option-split";
import { QuestionPassage } from "../quiz/question-passage";
import { SKILL_NAMES } from "../quiz/scoring";
import { LeaderboardList, PercentBar, SkillMasteryTable } from "../quiz/views";
import { Page } from "../views/layout";
import { discussionPromptFor } from "./discussion-prompts";

/** The open question on the projector, with what the class did with it. */
export interface ProjectedQuestion {
  question: Question;
  total: number;
  article: ArticleInfo | undefined;
  split: OptionSplit;
  /** Seconds left on the question's timer, counted from when it was opened; undefined without a time limit. */
  timer?: { seconds: number; secondsLeft: number };
}

export interface ProjectorPageProps {
  session: SessionRow;
  stage: ProjectorStage;
  /** The join address without the scheme, e.g. "byline.example/join". */
  joinAddress: string;
  figures: SessionFigures;
  /** Set in the open and revealed stages. */
  current?: ProjectedQuestion;
}

/**
 * The projector view: large type, high contrast, one step button that Space activates (it has the focus)
 * and that the arrow keys press with JavaScript. Every step is a plain form, so it works without scripts and
 * a reload shows the current stage, which lives in D1.
 */
export function ProjectorPage(props: ProjectorPageProps) {
  const { session, stage } = props;
  const base = `/sessions/${session.id}`;
  return (
    <Page title={`Projector: ${session.title}`} current="sessions" mainClass="projector">
      <div
        class="projector-frame"
        data-stage-key={stageKeyOf(stage)}
        data-live-url={`${base}/socket`}
        data-refresh-stage-url={`${base}/present/live`}
      >
        <p class="projector-join">
          {session.title} · join at <strong>{props.joinAddress}</strong> with code{" "}
          <strong class="projector-code">{session.joinCode}</strong>
        </p>
        <StageBody {...props} />
        <StepControls session={session} stage={stage} total={session.questionIds.length} />
        <p class="projector-help muted">
          Space or the right arrow key steps on. <a href={`${base}/dashboard`}>Back to the dashboard</a>
        </p>
      </div>
      <script src="/app.js" defer />
    </Page>
  );
}

function StageBody(props: ProjectorPageProps) {
  const { stage, figures, session } = props;
  switch (stage.kind) {
    case "waiting":
    case "self-paced":
      return <Lobby session={session} figures={figures} stage={stage} />;
    case "open":
    case "revealed":
      return props.current ? (
        <QuestionOnScreen
          {...props.current}
          position={stage.position}
          revealed={stage.kind === "revealed"}
          joined={figures.roster.length}
        />
      ) : (
        <p>This question is no longer in the question bank. Step on to the next one.</p>
      );
    case "finished":
      return <ClassResults session={session} figures={figures} />;
  }
}

function Lobby({
  session,
  figures,
  stage,
}: {
  session: SessionRow;
  figures: SessionFigures;
  stage: ProjectorStage;
}) {
  return (
    <>
      <h1>{session.title}</h1>
      <p class="projector-big-code">
        <span class="vh">Join code: </span>
        {session.joinCode}
      </p>
      <AnswersIn joined={figures.roster.length} />
      {stage.kind === "self-paced" && (
        <>
          <p>Self-paced: each student moves through the questions at their own pace.</p>
          <SkillResults figures={figures} />
        </>
      )}
    </>
  );
}

/** The live figure: students joined, or answers in out of students joined. Pushed updates replace it. */
function AnswersIn({ joined, answered }: { joined: number; answered?: number }) {
  return (
    <p class="answers-in" role="status" data-answers-in="">
      {answered === undefined ? (
        <>
          <strong data-joined="">{joined}</strong> {joined === 1 ? "student has" : "students have"} joined
        </>
      ) : (
        <>
          <strong data-answered="">{answered}</strong> of <strong data-joined="">{joined}</strong> answered
        </>
      )}
    </p>
  );
}

function QuestionOnScreen({
  question,
  total,
  article,
  split,
  timer,
  position,
  revealed,
  joined,
}: ProjectedQuestion & { position: number; revealed: boolean; joined: number }) {
  return (
    <>
      <h1>
        Question {position} <span class="muted">of {total}</span>
      </h1>
      <p class="skill-tag">{SKILL_NAMES[question.skill]}</p>
      <p class="projector-prompt">{question.prompt}</p>
      {article && (
        <QuestionPassage
          article={article}
          passages={question.passages}
          marks={revealed ? question.evidence : []}
        />
      )}
      <AnswersIn joined={joined} answered={split.answered} />
      {timer && !revealed && (
        <p class="timer">
          Time limit: {timer.seconds} seconds.{" "}
          <span data-seconds-left={String(timer.secondsLeft)}>{`${timer.secondsLeft} seconds left.`}</span>
        </p>
      )}
      {revealed ? (
        <Reveal question={question} split={split} />
      ) : (
        <ol class="projector-options">
          {question.options.map((option) => (
            <li>{option.text}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/** How the class split (a bar per option, counts, no names), the key, the explanation and the prompt. */
function Reveal({ question, split }: { question: Question; split: OptionSplit }) {
  return (
    <>
      <section aria-labelledby="split-heading">
        <h2 id="split-heading">How the class answered</h2>
        <table class="projector-split">
          <tbody>
            {split.options.map((option) => (
              <tr class={option.correct ? "is-key" : undefined}>
                <th scope="row">
                  {option.correct && (
                    <strong class="key-tag">
                      <span aria-hidden="true">✓ </span>Answer:{" "}
                    </strong>
                  )}
                  {option.text}
                </th>
                <td class="bar-cell">
                  <span class="figure">
                    {option.count}
                    {option.percent === null ? "" : ` (${option.percent}%)`}
                  </span>{" "}
                  <PercentBar percent={option.percent} />
                </td>
              </tr>
            ))}
            {split.noOption > 0 && (
              <tr>
                <th scope="row">Time ran out before choosing</th>
                <td class="figure">{split.noOption}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      <p class="projector-explanation">{question.explanation}</p>
      <section class="projector-discuss" aria-labelledby="discuss-heading">
        <h2 id="discuss-heading">Discuss</h2>
        <p>{discussionPromptFor(question)}</p>
      </section>
    </>
  );
}

function SkillResults({ figures }: { figures: SessionFigures }) {
  return (
    <SkillMasteryTable
      skills={figures.skills}
      caption="The class, per skill"
      tableClass="mastery projector-results"
    />
  );
}

function ClassResults({ session, figures }: { session: SessionRow; figures: SessionFigures }) {
  return (
    <>
      <h1>Results: {session.title}</h1>
      <SkillResults figures={figures} />
      {session.leaderboard && figures.leaderboard.length > 0 && (
        <section aria-labelledby="leaderboard-heading">
          <h2 id="leaderboard-heading">Leaderboard</h2>
          <LeaderboardList rows={figures.leaderboard} listClass="leaderboard projector-leaderboard" />
        </section>
      )}
    </>
  );
}

const STEP_FORMS: Record<ProjectorStep, { path: string; label: (position: number) => string }> = {
  "open-next": {
    path: "next",
    label: (position) => (position === 0 ? "Open the first question" : `Open question ${position + 1}`),
  },
  reveal: { path: "reveal", label: () => "Reveal the answer" },
  end: { path: "end", label: () => "End the session and show the results" },
};

/** The one step forward (focused, so Space presses it) and, while a question runs, ending early. */
function StepControls({
  session,
  stage,
  total,
}: {
  session: SessionRow;
  stage: ProjectorStage;
  total: number;
}) {
  const step = nextStep(stage, total);
  if (!step) return null;
  const form = STEP_FORMS[step];
  const base = `/sessions/${session.id}`;
  return (
    <div class="button-row projector-controls">
      <form method="post" action={`${base}/${form.path}`}>
        <input type="hidden" name="from" value="present" />
        <button type="submit" class="projector-step" data-step="" autofocus>
          {form.label(session.openCount)}
        </button>
      </form>
      {step !== "end" && (
        <form method="post" action={`${base}/end`}>
          <input type="hidden" name="from" value="present" />
          <button
            type="submit"
            class="btn-secondary"
            data-confirm="End the session now? Students can no longer answer."
          >
            End the session
          </button>
        </form>
      )}
    </div>
  );
}
