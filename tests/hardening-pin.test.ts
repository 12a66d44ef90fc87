import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MAX_REJOIN_FAILURES } from "../src/classroom/join-session";
import { createWithForm } from "./helpers/forms";
import { postJson, TestBrowser } from "./helpers/http";
import { createSession, joinCodeOf, joinStudent, pageText } from "./helpers/sessions";

function rejoin(joinCode: string, nickname: string, rejoinPin: string) {
  return postJson(`/api/sessions/${joinCode}/join`, { nickname, rejoinPin });
}

function wrongPinFor(pin: string): string {
  return pin === "000000" ? "111111" : "000000";
}

async function rejoinFailures(participantId: string): Promise<number> {
  const row = await env.DB.prepare("select rejoin_failures from participants where id = ?")
    .bind(participantId)
    .first<{ rejoin_failures: number }>();
  return row?.rejoin_failures ?? -1;
}

describe("the rejoin-PIN limit (issue 10, item 4)", () => {
  it("compares at most ten of 40 concurrent wrong PINs; the rest are refused with 429 unread", async () => {
    const session = await createSession();
    const student = await joinStudent(session.joinCode, "Ana");
    const wrong = wrongPinFor(student.rejoinPin);
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => rejoin(session.joinCode, "Ana", wrong)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 403)).toHaveLength(MAX_REJOIN_FAILURES);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - MAX_REJOIN_FAILURES);
    expect(await rejoinFailures(student.participantId)).toBe(MAX_REJOIN_FAILURES);
    // Locked out: even the right PIN is no longer compared.
    const right = await rejoin(session.joinCode, "Ana", student.rejoinPin);
    expect(right.status).toBe(429);
    expect(((await right.json()) as { error: string }).error).toBe(
      'Too many wrong PINs for "Ana". Ask your teacher to reset the PIN lockout on the dashboard.',
    );
  });

  it("counts a right PIN's attempt only until it succeeds: the count goes back to zero", async () => {
    const session = await createSession();
    const student = await joinStudent(session.joinCode, "Ana");
    for (let attempt = 0; attempt < MAX_REJOIN_FAILURES - 1; attempt++) {
      expect((await rejoin(session.joinCode, "Ana", wrongPinFor(student.rejoinPin))).status).toBe(403);
    }
    expect((await rejoin(session.joinCode, "Ana", student.rejoinPin)).status).toBe(200);
    expect(await rejoinFailures(student.participantId)).toBe(0);
  });
});

describe("the teacher resets a student's PIN lockout from the dashboard", () => {
  it("shows who is locked out, and the reset lets the right PIN in again", async () => {
    const instructor = new TestBrowser();
    const { dashboard, sessionId } = await createWithForm(instructor);
    const code = await joinCodeOf(sessionId);
    const student = await joinStudent(code, "Ana");
    await joinStudent(code, "Bo");
    for (let attempt = 0; attempt < MAX_REJOIN_FAILURES; attempt++) {
      await rejoin(code, "Ana", wrongPinFor(student.rejoinPin));
    }
    expect((await rejoin(code, "Ana", student.rejoinPin)).status).toBe(429);

    const page = await (await instructor.get(dashboard)).text();
    expect(page).toContain(`formaction="/sessions/${sessionId}/pin-reset"`);
    expect(page).toContain('aria-label="Reset the PIN lockout of Ana"');
    expect(page).not.toContain('aria-label="Reset the PIN lockout of Bo"');

    const reset = await instructor.postForm(`/sessions/${sessionId}/pin-reset`, { nickname: "ana" });
    expect(TestBrowser.location(reset)).toBe(dashboard);
    expect(await rejoinFailures(student.participantId)).toBe(0);
    expect(pageText(await (await instructor.get(dashboard)).text())).not.toContain("PIN locked");
    expect((await rejoin(code, "Ana", student.rejoinPin)).status).toBe(200);
  });

  it("is for the session's instructor only, from this site only, and says when nobody has that nickname", async () => {
    const instructor = new TestBrowser();
    const { sessionId } = await createWithForm(instructor);
    const stranger = new TestBrowser();
    expect((await stranger.postForm(`/sessions/${sessionId}/pin-reset`, { nickname: "Ana" })).status).toBe(
      401,
    );
    const crossSite = await instructor.fetch(`/sessions/${sessionId}/pin-reset`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams({ nickname: "Ana" }),
    });
    expect(crossSite.status).toBe(403);
    const nobody = await instructor.postForm(`/sessions/${sessionId}/pin-reset`, { nickname: "Zed" });
    expect(nobody.status).toBe(404);
    expect(pageText(await nobody.text())).toContain('Nobody called "Zed" is in this session.');
    const empty = await instructor.postForm(`/sessions/${sessionId}/pin-reset`, {});
    expect(empty.status).toBe(400);
  });
});
