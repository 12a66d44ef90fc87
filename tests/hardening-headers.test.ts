import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createWithForm, joinWithForm } from "./helpers/forms";
import { call, postJson, TestBrowser } from "./helpers/http";

const EVIL = "https://byline.test.evil.example";

async function endedAt(sessionId: string): Promise<number | null> {
  const row = await env.DB.prepare("select ended_at from sessions where id = ?")
    .bind(sessionId)
    .first<{ ended_at: number | null }>();
  return row?.ended_at ?? null;
}

describe("security headers (issue 10, item 5)", () => {
  it("sends a strict CSP, nosniff, no framing and no Referer on every page", async () => {
    for (const path of ["/", "/play", "/articles", "/sessions/new", "/join", "/no-such-page"]) {
      const response = await call(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
    }
  });

  it("serves pages with no inline script or style, which the CSP would block", async () => {
    const instructor = new TestBrowser();
    const { dashboard } = await createWithForm(instructor, { timed: "on", timerSeconds: "30" });
    const code = /class="join-code">[\s\S]*?([A-Z2-9]{6})</.exec(
      await (await instructor.get(dashboard)).text(),
    );
    const student = new TestBrowser();
    await joinWithForm(student, code?.[1] ?? "", "Ana");
    const pages = [
      await (await call("/")).text(),
      await (await call("/articles")).text(),
      await (await instructor.get(dashboard)).text(),
      await (await student.get(`/class/${code?.[1]}/1`)).text(),
    ];
    for (const html of pages) {
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/);
    }
  });
});

describe("forms from another site (issue 10, item 5)", () => {
  it("refuses a form POST from another origin, even with the instructor's cookie, and changes nothing", async () => {
    const instructor = new TestBrowser();
    const { sessionId } = await createWithForm(instructor);
    const response = await instructor.fetch(`/sessions/${sessionId}/end`, {
      method: "POST",
      headers: { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("sent from another site");
    expect(await endedAt(sessionId)).toBeNull();
  });

  it("refuses a form whose browser says Sec-Fetch-Site: same-site (a sibling subdomain) and sends no Origin", async () => {
    const instructor = new TestBrowser();
    const { sessionId } = await createWithForm(instructor);
    const response = await instructor.fetch(`/sessions/${sessionId}/delete`, {
      method: "POST",
      headers: {
        origin: "",
        "sec-fetch-site": "same-site",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "confirm=yes",
    });
    expect(response.status).toBe(403);
    expect(await endedAt(sessionId)).toBeNull();
    expect((await instructor.get(`/sessions/${sessionId}/dashboard`)).status).toBe(200);
  });

  it("accepts the same form from this site", async () => {
    const instructor = new TestBrowser();
    const { sessionId } = await createWithForm(instructor);
    const response = await instructor.postForm(`/sessions/${sessionId}/end`, {});
    expect(response.status).toBe(303);
    expect(await endedAt(sessionId)).not.toBeNull();
  });

  it("does not apply to the JSON API, whose callers send a key or token instead of a cookie", async () => {
    const response = await postJson("/api/sessions", { title: "From a script" }, { origin: EVIL });
    expect(response.status).toBe(201);
  });
});

describe("pages with a key or a student's answers are not cached (issue 10, item 5)", () => {
  it("sends Cache-Control: no-store on the dashboard and a student's pages", async () => {
    const instructor = new TestBrowser();
    const { dashboard } = await createWithForm(instructor);
    const page = await instructor.get(dashboard);
    expect(page.headers.get("cache-control")).toContain("no-store");
    const code = /class="join-code">[\s\S]*?([A-Z2-9]{6})</.exec(await page.text())?.[1] ?? "";
    const student = new TestBrowser();
    await joinWithForm(student, code, "Ben");
    for (const path of [`/class/${code}/1`, `/class/${code}/done`]) {
      expect((await student.get(path)).headers.get("cache-control"), path).toContain("no-store");
    }
  });
});
