import { describe, expect, it } from "vitest";
import { createWithForm, joinWithForm } from "./helpers/forms";
import { postJson, TestBrowser } from "./helpers/http";
import { createSession, pageText } from "./helpers/sessions";

const BOUNDARY = "----byline-test-boundary";

/** A multipart body with a title field, cut off in the middle of its value (no closing boundary). */
const CUT_OFF_MULTIPART = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nMedia we`;

function postRaw(browser: TestBrowser, path: string, contentType: string, body: string) {
  return browser.fetch(path, { method: "POST", headers: { "content-type": contentType }, body });
}

async function expectActionable400(response: Response, words: RegExp) {
  expect(response.status).toBe(400);
  const text = pageText(await response.text());
  expect(text).toMatch(words);
  expect(text).not.toContain("Something went wrong on our side");
}

describe("malformed request bodies (issue 10, item 8)", () => {
  it("answers a cut-off multipart body to POST /sessions with 400 and a message, not 500", async () => {
    const response = await postRaw(
      new TestBrowser(),
      "/sessions",
      `multipart/form-data; boundary=${BOUNDARY}`,
      CUT_OFF_MULTIPART,
    );
    await expectActionable400(response, /form arrived incomplete.*send the form again/i);
  });

  it("answers a multipart body without a boundary to POST /sessions with 400", async () => {
    const response = await postRaw(new TestBrowser(), "/sessions", "multipart/form-data", "title=x");
    await expectActionable400(response, /form arrived incomplete/i);
  });

  it("answers a cut-off multipart body to another form route (a student's answer) with 400", async () => {
    const instructor = new TestBrowser();
    const { dashboard } = await createWithForm(instructor);
    const code = /class="join-code">[\s\S]*?([A-Z2-9]{6})</.exec(
      await (await instructor.get(dashboard)).text(),
    )?.[1];
    const student = new TestBrowser();
    await joinWithForm(student, code ?? "", "Ana");
    const response = await postRaw(
      student,
      `/class/${code}/1`,
      `multipart/form-data; boundary=${BOUNDARY}`,
      CUT_OFF_MULTIPART,
    );
    await expectActionable400(response, /form arrived incomplete/i);
  });

  it("answers a cut-off multipart body to the join form and the library with 400", async () => {
    for (const path of ["/join", "/library/open", "/play"]) {
      const response = await postRaw(
        new TestBrowser(),
        path,
        `multipart/form-data; boundary=${BOUNDARY}`,
        CUT_OFF_MULTIPART,
      );
      await expectActionable400(response, /form arrived incomplete/i);
    }
  });

  it("answers malformed JSON to the JSON API with 400 and a JSON message saying what to send", async () => {
    const { joinCode } = await createSession();
    for (const path of [
      "/api/sessions",
      `/api/sessions/${joinCode}/join`,
      `/api/sessions/${joinCode}/answers`,
    ]) {
      const response = await postJson(path, '{"title": "Media week", "questionCount": 4');
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: string };
      expect(body.error, path).toMatch(/not valid JSON/i);
      expect(body.error, path).toMatch(/Content-Type: application\/json/);
    }
  });

  it("refuses a form declared larger than 1 MB with 413 before reading it", async () => {
    const response = await new TestBrowser().fetch("/sessions", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(2 * 1024 * 1024),
      },
      body: "title=x",
    });
    expect(response.status).toBe(413);
    expect(pageText(await response.text())).toContain("larger than 1 MB");
  });

  it("reads a well-formed multipart form as before", async () => {
    const form = new FormData();
    form.append("title", "Media week");
    form.append("questionCount", "4");
    form.append("skills", "sourcing");
    form.append("pacing", "self");
    const response = await new TestBrowser().fetch("/sessions", { method: "POST", body: form });
    expect(response.status).toBe(303);
  });
});
