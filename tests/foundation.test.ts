import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("the worker foundation", () => {
  it("answers the health check with JSON", async () => {
    const response = await exports.default.fetch("https://byline.test/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("has a D1 database bound as DB", async () => {
    const row = await env.DB.prepare("select 1 as one").first<{ one: number }>();
    expect(row?.one).toBe(1);
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const response = await exports.default.fetch("https://byline.test/api/nope");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Nothing here: /api/nope" });
  });

  it("bundles the five seed articles and the six practice pieces", async () => {
    const response = await exports.default.fetch("https://byline.test/api/articles");
    const body = (await response.json()) as { articles: { slug: string }[] };
    expect(body.articles).toHaveLength(11);
  });
});
