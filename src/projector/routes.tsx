import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { ArticleTextPage } from "../articles/views";
import type { Db } from "../db/client";
import type { SessionRow } from "../db/schema";
import { createRouter } from "../http/app";
import { validate } from "../http/validate";
import { instructorOnly } from "../instructor/instructor-auth";
import { revealOpenQuestion } from "../instructor/queries";
import { sessionFigures } from "../instructor/routes";
import { liveState } from "../live/live-state";
import { announceSessionChange, connectToRoom, isWebSocketUpgrade } from "../live/notify";
import { projectorStage } from "../live/stage";
import { findSessionArticle, libraryArticleSlug } from "../quiz/article-info";
import { findQuestions } from "../quiz/question-bank";
import { type ProjectedQuestion, ProjectorPage } from "./views";

const sessionParam = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "This is not the address of a session."),
});

/** The projector view of a session and its Reveal step (instructor only, like the dashboard); mounted at /sessions. */
export const projectorRoutes = createRouter();

projectorRoutes.get(
  "/:sessionId/present",
  validate("param", sessionParam),
  instructorOnly({ askForKey: true, opens: "present" }),
  async (c) => {
    const { db, session } = c.var;
    const figures = await sessionFigures(db, session);
    const stage = projectorStage(session);
    const origin = new URL(c.req.url).origin;
    c.header("cache-control", "no-store");
    return c.html(
      <ProjectorPage
        session={session}
        stage={stage}
        joinAddress={`${origin.replace(/^https?:\/\//, "")}/join`}
        figures={figures}
        current={
          "position" in stage
            ? await projectedQuestion(db, session, figures, stage.position, new Date())
            : undefined
        }
      />,
    );
  },
);

/** What the projector's script polls when pushed updates are unavailable: the stage and the counts, as JSON. */
projectorRoutes.get(
  "/:sessionId/present/live",
  validate("param", sessionParam),
  instructorOnly(),
  async (c) => {
    const { db, session } = c.var;
    const figures = await sessionFigures(db, session);
    c.header("cache-control", "no-store");
    return c.json(
      liveState(session, {
        joined: figures.roster.length,
        answeredOpen: figures.questions[session.openCount - 1]?.answered ?? 0,
        totalAnswers: figures.questions.reduce((sum, question) => sum + question.answered, 0),
      }),
    );
  },
);

projectorRoutes.post("/:sessionId/reveal", validate("param", sessionParam), instructorOnly(), async (c) => {
  const { db, session } = c.var;
  // A self-paced session has nothing to reveal: the projector shows it as it is.
  if (session.pacing === "instructor") {
    await revealOpenQuestion(db, session.id);
    await announceSessionChange(c.env, session.id);
  }
  return c.redirect(`/sessions/${session.id}/present`, 303);
});

/**
 * Pushed updates for the projector and the dashboard: a WebSocket on which the session's room sends the live
 * state (stage, students joined, answers to the open question) whenever it changes.
 */
projectorRoutes.get("/:sessionId/socket", validate("param", sessionParam), instructorOnly(), async (c) => {
  if (!isWebSocketUpgrade(c.req.raw)) {
    throw new HTTPException(426, { message: "Open this address as a WebSocket (Upgrade: websocket)." });
  }
  return connectToRoom(c.env, c.var.session.id, "instructor", c.req.raw);
});

const articleParam = sessionParam.extend({
  articleId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "This is not the address of an article."),
});

/** Where a session's instructor reads a library article the session uses, as written. */
function instructorArticleHref(sessionId: string) {
  return (articleId: string) => `/sessions/${sessionId}/articles/${articleId}`;
}

/** A library article the session uses, as written, for its instructor: the projector's passage links here. */
projectorRoutes.get(
  "/:sessionId/articles/:articleId",
  validate("param", articleParam),
  instructorOnly({ askForKey: true }),
  async (c) => {
    const { db, session } = c.var;
    const { articleId } = c.req.valid("param");
    const article = await findSessionArticle(
      db,
      session,
      libraryArticleSlug(articleId),
      instructorArticleHref(session.id),
    );
    if (!article) {
      throw new HTTPException(404, {
        message:
          "This session has no questions about that article, or the article has been deleted from its library.",
      });
    }
    return c.html(<ArticleTextPage slug={null} text={article.text} title={article.title} />);
  },
);

async function projectedQuestion(
  db: Db,
  session: SessionRow,
  figures: Awaited<ReturnType<typeof sessionFigures>>,
  position: number,
  now: Date,
): Promise<ProjectedQuestion | undefined> {
  const questionId = session.questionIds[position - 1];
  const [question] = questionId ? await findQuestions(db, [questionId]) : [];
  const split = figures.questions.find((figure) => figure.questionId === questionId)?.split;
  if (!question || !split) return undefined;
  return {
    question,
    total: session.questionIds.length,
    article: await findSessionArticle(db, session, question.articleSlug, instructorArticleHref(session.id)),
    split,
    timer: timerFrom(session, now),
  };
}

/** The projector's countdown: the time limit from when the instructor opened the question. */
function timerFrom(session: SessionRow, now: Date) {
  if (!session.timerSeconds || !session.questionOpenedAt) return undefined;
  const left = Math.ceil(
    (session.questionOpenedAt.getTime() + session.timerSeconds * 1000 - now.getTime()) / 1000,
  );
  return { seconds: session.timerSeconds, secondsLeft: Math.max(0, Math.min(session.timerSeconds, left)) };
}
