import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SessionRoom } from "../src/live/session-room";
import { createWithForm } from "./helpers/forms";
import { TestBrowser } from "./helpers/http";
import { answer, correctOption, joinCodeOf, joinStudent, pageText } from "./helpers/sessions";

async function nicknamesIn(sessionId: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "select nickname from participants where session_id = ? order by nickname",
  )
    .bind(sessionId)
    .all<{ nickname: string }>();
  return results.map((row) => row.nickname);
}

async function answersIn(sessionId: string): Promise<number> {
  const row = await env.DB.prepare("select count(*) as n from answers where session_id = ?")
    .bind(sessionId)
    .first<{ n: number }>();
  return row?.n ?? -1;
}

function roomOf(sessionId: string): DurableObjectStub<SessionRoom> {
  return env.SESSION_ROOM.get(env.SESSION_ROOM.idFromName(sessionId));
}

/** Bots straight into D1: a flood of 150 needs no 150 HTTP joins to set up. */
async function floodWithBots(sessionId: string, count: number): Promise<void> {
  const insert = env.DB.prepare(
    "insert into participants (id, session_id, nickname, nickname_key, token_digest, pin_digest, seed, joined_at) values (?, ?, ?, ?, 'x', 'x', 1, ?)",
  );
  await env.DB.batch(
    Array.from({ length: count }, (_, index) =>
      insert.bind(`bot-${sessionId}-${index}`, sessionId, `Bot${index}`, `bot${index}`, Date.now()),
    ),
  );
}

async function classWithAFlood() {
  const instructor = new TestBrowser();
  const { dashboard, sessionId } = await createWithForm(instructor);
  const code = await joinCodeOf(sessionId);
  const ana = await joinStudent(code, "Ana");
  const question = ana.questions[0]?.id ?? "";
  await answer(code, ana, question, correctOption(question));
  await joinStudent(code, "Bo");
  return { instructor, dashboard, sessionId, code };
}

describe("the instructor removes a flood quickly (issue 10, item 3)", () => {
  it("removes the ticked students with their answers, more than a hundred at once, and tells the live room", async () => {
    const { instructor, dashboard, sessionId } = await classWithAFlood();
    await floodWithBots(sessionId, 150);
    const page = await (await instructor.get(dashboard)).text();
    expect(page).toContain('aria-label="Select Bot149"');
    expect(page).toContain(`formaction="/sessions/${sessionId}/remove-many"`);

    const selected = [...Array.from({ length: 150 }, (_, index) => `bot${index}`), "ANA"];
    const removed = await instructor.postForm(`/sessions/${sessionId}/remove-many`, { selected });
    expect(TestBrowser.location(removed)).toBe(dashboard);
    expect(await nicknamesIn(sessionId)).toEqual(["Bo"]);
    expect(await answersIn(sessionId)).toBe(0);
    expect(await roomOf(sessionId).snapshot(sessionId)).toMatchObject({ joined: 1, answered: 0 });
  });

  it("removes everyone who has not answered yet, keeping those who have", async () => {
    const { instructor, dashboard, sessionId } = await classWithAFlood();
    await floodWithBots(sessionId, 40);
    const page = pageText(await (await instructor.get(dashboard)).text());
    expect(page).toContain("Remove everyone with no answer yet (41)");
    const removed = await instructor.postForm(`/sessions/${sessionId}/remove-idle`, {});
    expect(TestBrowser.location(removed)).toBe(dashboard);
    expect(await nicknamesIn(sessionId)).toEqual(["Ana"]);
    expect(await answersIn(sessionId)).toBe(1);
    expect(await roomOf(sessionId).snapshot(sessionId)).toMatchObject({ joined: 1 });
    expect(pageText(await (await instructor.get(dashboard)).text())).not.toContain(
      "Remove everyone with no answer yet",
    );
  });

  it("locks joining from the dashboard, so the flood stops while the class goes on", async () => {
    const { instructor, sessionId, code } = await classWithAFlood();
    await instructor.postForm(`/sessions/${sessionId}/lock`, { locked: "true" });
    await expect(joinStudent(code, "Bot")).rejects.toThrow(/403/);
  });

  it("asks for a tick, refuses more than a class, strangers and other sites", async () => {
    const { instructor, sessionId } = await classWithAFlood();
    const none = await instructor.postForm(`/sessions/${sessionId}/remove-many`, {});
    expect(none.status).toBe(400);
    expect(pageText(await none.text())).toContain("Tick the students to remove first.");
    const tooMany = await instructor.postForm(`/sessions/${sessionId}/remove-many`, {
      selected: Array.from({ length: 501 }, (_, index) => `s${index}`),
    });
    expect(tooMany.status).toBe(400);
    expect(pageText(await tooMany.text())).toContain("Remove at most 500 students at once.");
    const stranger = new TestBrowser();
    for (const action of ["remove-many", "remove-idle"]) {
      expect((await stranger.postForm(`/sessions/${sessionId}/${action}`, { selected: "Ana" })).status).toBe(
        401,
      );
      const crossSite = await instructor.fetch(`/sessions/${sessionId}/${action}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
        body: new URLSearchParams({ selected: "Ana" }),
      });
      expect(crossSite.status).toBe(403);
    }
    expect(await nicknamesIn(sessionId)).toEqual(["Ana", "Bo"]);
  });
});
