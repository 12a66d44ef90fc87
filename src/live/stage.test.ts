import { describe, expect, it } from "vitest";
import { DISCUSSION_PROMPTS, discussionPromptFor } from "../projector/discussion-prompts";
import { questionPool } from "../quiz/question-bank";
import { nextStep, projectorStage } from "./stage";

const paced = { pacing: "instructor" as const, openCount: 0, revealedCount: 0, endedAt: null };

describe("the projector's stage", () => {
  it("waits before the first question, shows the open question, then its revealed answer", () => {
    expect(projectorStage(paced)).toEqual({ kind: "waiting" });
    expect(projectorStage({ ...paced, openCount: 2, revealedCount: 1 })).toEqual({
      kind: "open",
      position: 2,
    });
    expect(projectorStage({ ...paced, openCount: 2, revealedCount: 2 })).toEqual({
      kind: "revealed",
      position: 2,
    });
  });

  it("is finished once the session has ended, whatever the pacing", () => {
    const endedAt = new Date();
    expect(projectorStage({ ...paced, openCount: 1, endedAt })).toEqual({ kind: "finished" });
    expect(projectorStage({ ...paced, pacing: "self", endedAt })).toEqual({ kind: "finished" });
    expect(projectorStage({ ...paced, pacing: "self" })).toEqual({ kind: "self-paced" });
  });

  it("steps open → reveal → open the next → … → end after the last reveal", () => {
    expect(nextStep({ kind: "waiting" }, 3)).toBe("open-next");
    expect(nextStep({ kind: "open", position: 1 }, 3)).toBe("reveal");
    expect(nextStep({ kind: "revealed", position: 1 }, 3)).toBe("open-next");
    expect(nextStep({ kind: "revealed", position: 3 }, 3)).toBe("end");
    expect(nextStep({ kind: "finished" }, 3)).toBeNull();
  });
});

describe("discussion prompts", () => {
  it("has one per question kind, and falls back to the skill's for a kind it does not know", () => {
    expect(discussionPromptFor({ kind: "loaded-word", skill: "loaded-language" })).toMatch(/neutral report/);
    expect(discussionPromptFor({ kind: "new-kind", skill: "attribution" })).toMatch(/Who says so/);
    for (const prompt of Object.values(DISCUSSION_PROMPTS)) expect(prompt).toMatch(/\?$/);
  });

  it("covers every kind of question the bank asks", () => {
    const kinds = new Set(questionPool([], []).map((question) => question.kind));
    expect([...kinds].filter((kind) => !(kind in DISCUSSION_PROMPTS))).toEqual([]);
  });
});
