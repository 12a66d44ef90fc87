import type { SessionRow } from "../db/schema";

/** What the projector shows, worked out from the session's row alone (so a reload shows the same). */
export type ProjectorStage =
  /** A self-paced session: nothing to step through; the join code and the class's results so far. */
  | { kind: "self-paced" }
  /** Instructor-paced, no question opened yet: the join code, big. */
  | { kind: "waiting" }
  /** Question `position` (from 1) is open and its answer hidden. */
  | { kind: "open"; position: number }
  /** Question `position` is open and its answer revealed: the split, the key, the evidence, the prompt. */
  | { kind: "revealed"; position: number }
  /** The session has ended: per-skill results and, if enabled, the leaderboard. */
  | { kind: "finished" };

export type StageSession = Pick<SessionRow, "pacing" | "openCount" | "revealedCount" | "endedAt">;

/** The projector's stage for a session. */
export function projectorStage(session: StageSession): ProjectorStage {
  if (session.endedAt) return { kind: "finished" };
  if (session.pacing === "self") return { kind: "self-paced" };
  if (session.openCount === 0) return { kind: "waiting" };
  const position = session.openCount;
  return session.revealedCount >= position ? { kind: "revealed", position } : { kind: "open", position };
}

/** The step forward from a stage, as the projector's main button offers it; null when there is none. */
export type ProjectorStep = "open-next" | "reveal" | "end";

/** What the next step is from this stage in a session of `total` questions. */
export function nextStep(stage: ProjectorStage, total: number): ProjectorStep | null {
  switch (stage.kind) {
    case "waiting":
      return "open-next";
    case "open":
      return "reveal";
    case "revealed":
      return stage.position < total ? "open-next" : "end";
    case "self-paced":
      return "end";
    case "finished":
      return null;
  }
}

/** A stable key for a stage ("open:2"): a page reloads itself when the session's key moves on. */
export function stageKeyOf(stage: ProjectorStage): string {
  return "position" in stage ? `${stage.kind}:${stage.position}` : stage.kind;
}
