import { expect } from "vitest";
import { TestBrowser } from "./http";

/** An instructor creates a session with the form, as a browser without JavaScript does. */
export async function createWithForm(
  instructor: TestBrowser,
  fields: Record<string, string | string[]> = {},
) {
  const response = await instructor.postForm("/sessions", {
    title: "Media week",
    questionCount: "4",
    skills: ["sourcing", "attribution", "loaded-language"],
    pacing: "self",
    shuffle: "on",
    ...fields,
  });
  expect(response.status).toBe(303);
  const dashboard = TestBrowser.location(response);
  const sessionId = /^\/sessions\/([A-Za-z0-9_-]{16})\/dashboard$/.exec(dashboard)?.[1] ?? "";
  expect(sessionId).not.toBe("");
  return { response, dashboard, sessionId };
}

/** A student joins with the form and lands on their first question. */
export async function joinWithForm(student: TestBrowser, code: string, nickname: string, pin = "") {
  const response = await student.postForm("/join", { code, nickname, pin, intent: "join" });
  expect(response.status).toBe(303);
  expect(TestBrowser.location(response)).toBe(`/class/${code}`);
  return response;
}
