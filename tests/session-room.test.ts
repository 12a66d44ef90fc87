import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SessionRoom } from "../src/live/session-room";
import { call } from "./helpers/http";
import {
  answer,
  type CreatedSession,
  correctOption,
  createSession,
  joinStudent,
  wrongOption,
} from "./helpers/sessions";

/** A WebSocket opened through the Worker, with every message it receives, parsed. */
async function openSocket(path: string, headers: Record<string, string> = {}) {
  const response = await call(path, { headers: { upgrade: "websocket", ...headers } });
  expect(response.status).toBe(101);
  const socket = response.webSocket;
  if (!socket) throw new Error("no WebSocket in the answer");
  const messages: Record<string, unknown>[] = [];
  socket.addEventListener("message", (event) => messages.push(JSON.parse(String(event.data))));
  socket.accept();
  return {
    messages,
    /** The first message (from `from` on) that matches, waiting up to two seconds for it. */
    async next(match: (message: Record<string, unknown>) => boolean, from = 0) {
      for (let waited = 0; waited < 2000; waited += 10) {
        const found = messages.slice(from).find(match);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no matching message in ${JSON.stringify(messages)}`);
    },
    close: () => socket.close(1000, "done"),
  };
}

function instructorSocket(session: CreatedSession) {
  return openSocket(`/sessions/${session.sessionId}/socket`, {
    authorization: `Bearer ${session.instructorKey}`,
  });
}

function step(session: CreatedSession, path: "next" | "reveal" | "end") {
  return call(`/sessions/${session.sessionId}/${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${session.instructorKey}` },
  });
}

function roomOf(session: CreatedSession) {
  return env.SESSION_ROOM.get(env.SESSION_ROOM.idFromName(session.sessionId));
}

describe("the session's Durable Object", () => {
  it("sends the state on connecting, then pushes each opened question to instructors and students", async () => {
    const session = await createSession({ questionCount: 3, pacing: "instructor" });
    await joinStudent(session.joinCode, "Ana");
    const projector = await instructorSocket(session);
    const student = await openSocket(`/api/sessions/${session.joinCode}/socket`);
    expect(await projector.next(() => true)).toEqual({
      stage: "waiting",
      openCount: 0,
      revealedCount: 0,
      ended: false,
      joined: 1,
      answered: 0,
      totalAnswers: 0,
    });
    expect(await student.next(() => true)).toEqual({
      stage: "waiting",
      openCount: 0,
      revealedCount: 0,
      ended: false,
    });
    await step(session, "next");
    expect(await projector.next((message) => message.stage === "open:1")).toMatchObject({ openCount: 1 });
    expect(await student.next((message) => message.stage === "open:1")).toMatchObject({ openCount: 1 });
    projector.close();
    student.close();
  });

  it("counts joins and answers once each, pushing them to instructors but not to students", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const ana = await joinStudent(session.joinCode, "Ana");
    await step(session, "next");
    const projector = await instructorSocket(session);
    const student = await openSocket(`/api/sessions/${session.joinCode}/socket`);
    await student.next(() => true);
    const bo = await joinStudent(session.joinCode, "Bo");
    expect(await projector.next((message) => message.joined === 2)).toMatchObject({ answered: 0 });
    const questionId = ana.questions[0]?.id ?? "";
    await answer(session.joinCode, ana, questionId, correctOption(questionId));
    await answer(session.joinCode, ana, questionId, wrongOption(questionId));
    await answer(session.joinCode, bo, questionId, wrongOption(questionId));
    expect(await projector.next((message) => message.answered === 2)).toMatchObject({ joined: 2 });
    expect(await roomOf(session).snapshot(session.sessionId)).toMatchObject({ answered: 2, joined: 2 });
    expect(student.messages).toHaveLength(1);
    projector.close();
    student.close();
  });

  it("pushes the reveal and the end of the session", async () => {
    const session = await createSession({ questionCount: 1, pacing: "instructor" });
    await step(session, "next");
    const student = await openSocket(`/api/sessions/${session.joinCode}/socket`);
    await step(session, "reveal");
    expect(await student.next((message) => message.stage === "revealed:1")).toMatchObject({
      revealedCount: 1,
    });
    await step(session, "end");
    expect(await student.next((message) => message.ended === true)).toMatchObject({ stage: "finished" });
    student.close();
  });

  it("rebuilds its counts from D1 after eviction, and does not count an answer twice after it", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const students = [await joinStudent(session.joinCode, "Ana"), await joinStudent(session.joinCode, "Bo")];
    await step(session, "next");
    const questionId = students[0]?.questions[0]?.id ?? "";
    await answer(
      session.joinCode,
      students[0] as (typeof students)[number],
      questionId,
      correctOption(questionId),
    );
    const room = roomOf(session);
    const before = await room.snapshot(session.sessionId);
    expect(before).toMatchObject({ stage: "open:1", joined: 2, answered: 1 });

    await evictDurableObject(room);
    // A fresh instance: nothing in memory until the next call rebuilds it from D1.
    expect(
      await runInDurableObject(room, (instance: SessionRoom) => Reflect.get(instance, "state")),
    ).toBeUndefined();
    expect(await room.snapshot(session.sessionId)).toEqual(before);

    await evictDurableObject(room);
    await answer(
      session.joinCode,
      students[1] as (typeof students)[number],
      questionId,
      wrongOption(questionId),
    );
    expect(await room.snapshot(session.sessionId)).toMatchObject({ answered: 2, joined: 2 });
  });

  it("keeps WebSockets across hibernation and pushes on them from the rebuilt state", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    await joinStudent(session.joinCode, "Ana");
    const projector = await instructorSocket(session);
    await projector.next(() => true);
    await evictDurableObject(roomOf(session));
    await step(session, "next");
    expect(await projector.next((message) => message.stage === "open:1")).toMatchObject({ joined: 1 });
    projector.close();
  });

  it("tells instructors of every answer in a self-paced session too, where no question is 'open'", async () => {
    const session = await createSession({ questionCount: 2 });
    const ana = await joinStudent(session.joinCode, "Ana");
    const dashboard = await instructorSocket(session);
    await dashboard.next(() => true);
    for (const question of ana.questions) {
      await answer(session.joinCode, ana, question.id, correctOption(question.id));
    }
    expect(await dashboard.next((message) => message.totalAnswers === 2)).toMatchObject({
      stage: "self-paced",
      answered: 0,
    });
    expect(dashboard.messages.map((message) => message.totalAnswers)).toEqual([0, 1, 2]);
    dashboard.close();
  });

  it("recounts from D1 when a student is removed with their answers", async () => {
    const session = await createSession({ questionCount: 2, pacing: "instructor" });
    const ana = await joinStudent(session.joinCode, "Ana");
    await joinStudent(session.joinCode, "Bo");
    await step(session, "next");
    const questionId = ana.questions[0]?.id ?? "";
    await answer(session.joinCode, ana, questionId, correctOption(questionId));
    await call(`/sessions/${session.sessionId}/remove`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${session.instructorKey}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ nickname: "Ana" }),
    });
    expect(await roomOf(session).snapshot(session.sessionId)).toMatchObject({ joined: 1, answered: 0 });
  });
});

describe("opening a live socket", () => {
  it("asks for a WebSocket (426), the instructor key (401), a well-formed join code (400) and a session (404)", async () => {
    const session = await createSession({ pacing: "instructor" });
    const plain = await call(`/api/sessions/${session.joinCode}/socket`);
    expect(plain.status).toBe(426);
    expect(await plain.json()).toEqual({ error: "Open this address as a WebSocket (Upgrade: websocket)." });
    const plainInstructor = await call(`/sessions/${session.sessionId}/socket`, {
      headers: { authorization: `Bearer ${session.instructorKey}` },
    });
    expect(plainInstructor.status).toBe(426);
    expect(
      (await call(`/sessions/${session.sessionId}/socket`, { headers: { upgrade: "websocket" } })).status,
    ).toBe(401);
    expect((await call("/api/sessions/0OOO/socket", { headers: { upgrade: "websocket" } })).status).toBe(400);
    const unknown = await call("/api/sessions/ZZZZZZ/socket", { headers: { upgrade: "websocket" } });
    expect(unknown.status).toBe(404);
  });
});
