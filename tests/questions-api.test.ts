import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SKILLS } from "../src/questions/types";
import { call, ORIGIN } from "./helpers/http";

const SLUG = "battle-for-idlib-m5-highway";
const PREVIEW = `/articles/${SLUG}/questions`;

interface PublicQuestionJson {
  id: string;
  articleSlug: string;
  skill: string;
  options: { id: string; text: string }[];
}

async function questionsJson(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await call(`/api/questions${query}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("GET /api/questions", () => {
  it("lists an article's questions without answers, explanations, feedback or evidence", async () => {
    const { status, body } = await questionsJson(`?article=${SLUG}`);
    expect(status).toBe(200);
    const questions = body.questions as PublicQuestionJson[];
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(questions.every((question) => question.articleSlug === SLUG)).toBe(true);
    for (const question of questions) {
      expect(Object.keys(question).sort()).toEqual(
        ["articleSlug", "difficulty", "id", "kind", "options", "prompt", "skill"].sort(),
      );
      for (const option of question.options) expect(Object.keys(option).sort()).toEqual(["id", "text"]);
    }
  });

  it("filters by skill and caps the list with limit", async () => {
    const { status, body } = await questionsJson(`?article=${SLUG}&skill=loaded-language&limit=2`);
    expect(status).toBe(200);
    const questions = body.questions as PublicQuestionJson[];
    expect(questions).toHaveLength(2);
    expect(questions.every((question) => question.skill === "loaded-language")).toBe(true);
  });

  it("lists every bundled article's questions (five seeds, six practice pieces) when no article is given", async () => {
    const { body } = await questionsJson("?skill=sourcing");
    const questions = body.questions as PublicQuestionJson[];
    expect(new Set(questions.map((question) => question.articleSlug)).size).toBe(11);
  });

  it("answers 404 with a message for an unknown article", async () => {
    const { status, body } = await questionsJson("?article=no-such-article");
    expect(status).toBe(404);
    expect(body.error).toMatch(/no article "no-such-article"/);
  });

  it("answers 400 naming the skills for an unknown skill", async () => {
    const { status, body } = await questionsJson("?skill=spelling");
    expect(status).toBe(400);
    for (const skill of SKILLS) expect(body.error).toContain(skill);
  });

  it.each(["0", "101", "abc", "2.5", "-1"])("answers 400 for limit=%s", async (limit) => {
    const { status, body } = await questionsJson(`?limit=${limit}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(/limit/);
  });
});

describe("the instructor's question preview", () => {
  it("asks for the key with a form and 401 when none is given", async () => {
    const res = await call(PREVIEW);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('<form method="post"');
    expect(html).not.toContain("correct answer");
  });

  it("refuses a wrong key with 403", async () => {
    const res = await call(PREVIEW, { headers: { authorization: "Bearer not-the-key" } });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain("correct answer");
  });

  it("shows every question with its answer, explanation and highlighted evidence for the bearer key", async () => {
    const res = await call(PREVIEW, { headers: { authorization: `Bearer ${env.PREVIEW_SECRET}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const html = await res.text();
    const api = await questionsJson(`?article=${SLUG}`);
    const count = (api.body.questions as unknown[]).length;
    expect(html.match(/\(correct answer\)/g)).toHaveLength(count);
    expect(html).toContain("Explanation:");
    // Every question's evidence is marked in its context.
    expect(html.match(/<mark>[^<]+<\/mark>/g)?.length ?? 0).toBeGreaterThanOrEqual(count);
  });

  it("moves a ?key= into a Secure, HttpOnly, SameSite=Strict cookie and drops it from the URL", async () => {
    const res = await call(`${PREVIEW}?key=${encodeURIComponent(env.PREVIEW_SECRET)}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(PREVIEW);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-byline-preview=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const again = await call(PREVIEW, { headers: { cookie: cookie.split(";")[0] ?? "" } });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("(correct answer)");
  });

  it("takes the key from the form, and refuses a wrong one with 403", async () => {
    const post = (key: string) =>
      call(PREVIEW, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
        body: new URLSearchParams({ key }),
      });
    const good = await post(env.PREVIEW_SECRET);
    expect(good.status).toBe(303);
    expect(good.headers.get("set-cookie")).toMatch(/__Host-byline-preview=/);
    expect((await post("wrong")).status).toBe(403);
    expect((await post("")).status).toBe(401);
  });

  it("answers 404 for an unknown article", async () => {
    const res = await call("/articles/no-such-article/questions");
    expect(res.status).toBe(404);
  });
});
