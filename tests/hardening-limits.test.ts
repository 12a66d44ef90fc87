import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET } from "../src/classroom/join-code";
import { MAX_JOIN_CODE_FAILURES } from "../src/classroom/join-session";
import { NO_CLIENT_ADDRESS } from "../src/http/client-key";
import { createWithForm } from "./helpers/forms";
import { call, postJson, someAddress, TestBrowser } from "./helpers/http";
import { PLAIN_REPORT } from "./helpers/library";
import { createSession, pageText } from "./helpers/sessions";

/** Join codes no session has: the alphabet's last letters, six of them, and a counter folded in. */
function wrongCode(index: number): string {
  const letters = JOIN_CODE_ALPHABET;
  const digit = (n: number) => letters[n % letters.length] ?? "Z";
  return `ZZ${digit(index)}${digit(Math.floor(index / 32))}${digit(Math.floor(index / 1024))}Z`;
}

function joinFrom(address: string, joinCode: string, nickname = "Guess") {
  return postJson(`/api/sessions/${joinCode}/join`, { nickname }, { "cf-connecting-ip": address });
}

async function failuresOf(clientKey: string): Promise<number> {
  const row = await env.DB.prepare("select count(*) as n from join_code_failures where client_key = ?")
    .bind(clientKey)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Sends `count` wrong codes one after another from `address`; returns their statuses. */
async function guessWrong(address: string, count: number, from = 0): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = from; index < from + count; index++) {
    statuses.push((await joinFrom(address, wrongCode(index))).status);
  }
  return statuses;
}

describe("wrong join codes per client (exact, in D1): at most 100 an hour", () => {
  it("answers a client's first 100 wrong codes with 404 and refuses the 101st with 429, a message and Retry-After", async () => {
    const address = "198.51.100.21";
    const statuses = await guessWrong(address, MAX_JOIN_CODE_FAILURES);
    expect(statuses.every((status) => status === 404)).toBe(true);
    const refused = await joinFrom(address, wrongCode(MAX_JOIN_CODE_FAILURES));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(((await refused.json()) as { error: string }).error).toBe(
      "Too many wrong join codes from your network: 100 in the last hour. Check the code your teacher shows and try again in 60 minutes.",
    );
    expect(await failuresOf(address)).toBe(MAX_JOIN_CODE_FAILURES);
  });

  it("refuses even a right code once the limit is reached (a guesser learns nothing), on every route that looks a code up", async () => {
    const address = "198.51.100.22";
    const session = await createSession();
    await guessWrong(address, MAX_JOIN_CODE_FAILURES);
    const headers = { "cf-connecting-ip": address };
    expect((await joinFrom(address, session.joinCode)).status).toBe(429);
    const status = await call(`/api/sessions/${session.joinCode}/status`, { headers });
    expect(status.status).toBe(429);
    expect(status.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await call(`/class/${session.joinCode}`, { headers })).status).toBe(429);
    const form = await new TestBrowser(address).postForm("/join", {
      code: session.joinCode,
      nickname: "Ana",
      intent: "join",
    });
    expect(form.status).toBe(429);
    expect(form.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(pageText(await form.text())).toContain("Too many wrong join codes from your network");
    // Another address is not affected.
    expect((await joinFrom(someAddress(), session.joinCode, "Ana")).status).toBe(201);
  });

  it("counts exactly under concurrency: of 150 wrong codes sent at once, exactly 100 are answered", async () => {
    const address = "198.51.100.23";
    const responses = await Promise.all(
      Array.from({ length: 150 }, (_, index) => joinFrom(address, wrongCode(index))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 404)).toHaveLength(MAX_JOIN_CODE_FAILURES);
    expect(statuses.filter((status) => status === 429)).toHaveLength(150 - MAX_JOIN_CODE_FAILURES);
    expect(await failuresOf(address)).toBe(MAX_JOIN_CODE_FAILURES);
  });

  it("never counts a successful join: 30 students join one session within a minute from one address, after 99 wrong codes", async () => {
    const school = "198.51.100.24";
    const session = await createSession();
    await guessWrong(school, MAX_JOIN_CODE_FAILURES - 1);
    const joins = await Promise.all(
      Array.from({ length: 30 }, (_, index) => joinFrom(school, session.joinCode, `Student ${index + 1}`)),
    );
    expect(joins.map((response) => response.status)).toEqual(Array(30).fill(201));
    expect(await failuresOf(school)).toBe(MAX_JOIN_CODE_FAILURES - 1);
    expect((await joinFrom(school, wrongCode(500))).status).toBe(404);
    expect((await joinFrom(school, wrongCode(501))).status).toBe(429);
  });

  it("forgets failures an hour old: the client may guess again, and the old rows are pruned", async () => {
    const address = "198.51.100.25";
    await guessWrong(address, MAX_JOIN_CODE_FAILURES);
    expect((await joinFrom(address, wrongCode(700))).status).toBe(429);
    await env.DB.prepare("update join_code_failures set at = at - 3600000 where client_key = ?")
      .bind(address)
      .run();
    expect((await joinFrom(address, wrongCode(701))).status).toBe(404);
    expect(await failuresOf(address)).toBe(1);
  });

  it("counts an IPv6 client by its /64, and a request with no address under one fixed key", async () => {
    const first = "2001:db8:77:1::1";
    const second = "2001:db8:77:1:ffff::2";
    expect((await joinFrom(first, wrongCode(800))).status).toBe(404);
    expect((await joinFrom(second, wrongCode(801))).status).toBe(404);
    expect(await failuresOf("2001:db8:77:1::/64")).toBe(2);
    const before = await failuresOf(NO_CLIENT_ADDRESS);
    expect((await joinFrom("", wrongCode(802))).status).toBe(404);
    expect(await failuresOf(NO_CLIENT_ADDRESS)).toBe(before + 1);
  });

  it("does not count a malformed code: it never reaches the lookup (400)", async () => {
    const address = "198.51.100.26";
    expect((await joinFrom(address, "0O1I00")).status).toBe(400);
    expect(await failuresOf(address)).toBe(0);
  });
});

/**
 * The binding's windows are fixed minutes; a spec may straddle one boundary. With a fresh address the first
 * `limit` requests always succeed, and within `limit + 1` more one must be refused.
 */
async function expectRefusedAfter(
  limit: number,
  send: () => Promise<Response>,
  ok: number,
): Promise<Response> {
  for (let index = 0; index < limit; index++) expect((await send()).status).toBe(ok);
  for (let index = 0; index <= limit; index++) {
    const response = await send();
    if (response.status === 429) return response;
    expect(response.status).toBe(ok);
  }
  throw new Error(`no 429 after ${2 * limit + 1} requests`);
}

describe("creations per client (approximate, Workers Rate Limiting binding)", () => {
  it("refuses a 21st session a minute from one address with 429, a message and Retry-After; another address still creates", async () => {
    const address = someAddress();
    const create = () =>
      postJson("/api/sessions", { title: "Flood", questionCount: 1 }, { "cf-connecting-ip": address });
    const refused = await expectRefusedAfter(20, create, 201);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.json()).toEqual({
      error: "Too many sessions created from your network in the last minute. Wait a minute, then try again.",
    });
    // The form says so too, keeping what the teacher typed.
    const form = await new TestBrowser(address).postForm("/sessions", {
      title: "Week 5",
      questionCount: "4",
    });
    expect(form.status).toBe(429);
    const page = await form.text();
    expect(pageText(page)).toContain("Too many sessions created from your network in the last minute.");
    expect(page).toContain('value="Week 5"');
    await createWithForm(new TestBrowser(someAddress()));
  });

  it("refuses a 31st POST /api/analyze a minute from one address with 429 and a message", async () => {
    const address = someAddress();
    const analyze = () =>
      call("/api/analyze", {
        method: "POST",
        headers: { "content-type": "text/plain; charset=utf-8", "cf-connecting-ip": address },
        body: "Officials said the bridge would reopen on Monday, according to a statement.",
      });
    const refused = await expectRefusedAfter(30, analyze, 200);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.json()).toEqual({
      error:
        "Too many articles analysed from your network in the last minute. Wait a minute, then try again.",
    });
  });

  it("refuses a 21st library opened a minute from one address with 429", async () => {
    const address = someAddress();
    const open = () => new TestBrowser(address).fetch("/library", { method: "POST" });
    const refused = await expectRefusedAfter(20, open, 201);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(pageText(await refused.text())).toContain(
      "Too many libraries opened or articles added from your network in the last minute.",
    );
  });

  it("counts articles added to a library against the same limit, and gives the pasted text back when refused", async () => {
    const teacher = new TestBrowser(someAddress());
    expect((await teacher.fetch("/library", { method: "POST" })).status).toBe(201);
    const add = () => teacher.postForm("/library/articles", { title: "Bridge", text: PLAIN_REPORT });
    const refused = await expectRefusedAfter(19, add, 303);
    const page = await refused.text();
    expect(pageText(page)).toContain("Too many libraries opened or articles added from your network");
    expect(page).toContain("Library extends weekday opening hours");
  });
});
