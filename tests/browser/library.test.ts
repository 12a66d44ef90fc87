import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsv } from "../helpers/csv";
import { LONG_REPORT, WIRE_REPORT } from "../helpers/library-articles";
import { launchChromium } from "./browser";
import { checkPage } from "./page-checks";
import { answerQuestion, goToNext } from "./quiz-pages";

const EDITED_PROMPT = "According to the article, who gave the vote count?";

describe("a teacher's own article: pasted, reviewed, run in class and exported", () => {
  let browser: Browser;
  let teacher: Page;
  let joinCode = "";
  const baseUrl = () => inject("baseUrl");

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("opens a library and shows its key once", async () => {
    teacher = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await teacher.goto(`${baseUrl()}/library`);
    await checkPage(teacher, "library-start");
    await teacher.getByRole("button", { name: "Open a new library" }).click();
    const key = ((await teacher.locator(".new-key code").textContent()) ?? "").trim();
    expect(key).toMatch(/^[\w-]{16}\.[\w-]{22}$/);
    await checkPage(teacher, "library");
  });

  it("pastes an article and sees the annotated article with its questions", async () => {
    await teacher.getByLabel("Paste the article's text").fill(WIRE_REPORT);
    await teacher.getByRole("button", { name: "Add and analyse" }).click();
    await teacher.waitForURL(/\/library\/articles\/[\w-]{16}$/);
    await expect(teacher.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "Ferry service resumes after three-week strike",
    );
    expect(await teacher.locator(".question-review").count()).toBeGreaterThanOrEqual(4);
    await checkPage(teacher, "library-review");
  });

  it("keeps three questions and edits the prompt of one of them", async () => {
    for (let index = 0; index < 3; index++) {
      const card = teacher.locator(".question-review").nth(index);
      await card.getByRole("button", { name: "Keep" }).click();
      await teacher.waitForLoadState("load");
    }
    const card = teacher.locator(".question-review").nth(1);
    await card.getByRole("link", { name: "Edit this question" }).click();
    await teacher.waitForURL(/\?edit=/);
    await card.getByLabel("Prompt").fill(EDITED_PROMPT);
    await card.getByLabel("Your name").last().fill("Ms Osei");
    await card.getByRole("button", { name: "Save and keep" }).click();
    await teacher.waitForLoadState("load");
    await expect(teacher.locator(".question-review").nth(1).locator("h3").textContent()).resolves.toContain(
      EDITED_PROMPT,
    );
    await expect(teacher.locator(".edit-log").textContent()).resolves.toContain("Ms Osei · edit");
    await expect(teacher.getByRole("heading", { name: /Questions \(3 kept\)/ }).count()).resolves.toBe(1);
  });

  it("runs a session on the kept questions that a student answers", async () => {
    await teacher.getByLabel("Session title").fill("Ferries 10B");
    await teacher.getByLabel(/Number of questions/).fill("3");
    await teacher.getByRole("button", { name: "Start a session with the kept questions" }).click();
    await teacher.waitForURL(/\/sessions\/[\w-]{16}\/dashboard$/);
    joinCode = ((await teacher.locator(".join-code").textContent()) ?? "").replace("Join code:", "").trim();
    expect(joinCode).toMatch(/^[A-Z0-9]{6}$/);

    const student = await (await browser.newContext()).newPage();
    await student.goto(`${baseUrl()}/join/${joinCode}`);
    await student.getByLabel("Nickname").fill("Ana");
    await student.getByRole("button", { name: "Join", exact: true }).click();
    await student.waitForURL(new RegExp(`/class/${joinCode}/1$`));
    const prompts: string[] = [];
    for (let position = 1; position <= 3; position++) {
      prompts.push((await answerQuestion(student, 0)).prompt);
      await goToNext(student);
    }
    expect(prompts).toContain(EDITED_PROMPT);
  });

  it("offers the library's article in session setup, with the timer like any other session", async () => {
    const setup = await teacher.context().newPage();
    await setup.goto(`${baseUrl()}/sessions/new`);
    const library = setup.getByRole("group", { name: "Your library" });
    await expect(
      library.getByText(/Ferry service resumes after three-week strike \(3 kept questions\)/).count(),
    ).resolves.toBe(1);
    await checkPage(setup, "sessions-new-with-library");
    for (const box of await setup.locator('input[name="articles"]').all()) await box.uncheck();
    await library.getByRole("checkbox").first().check();
    await setup.getByLabel("Title").fill("Ferries 10C, timed");
    await setup.getByLabel("Time limit per question").check();
    await setup.getByLabel("Seconds per question").fill("40");
    await setup.getByRole("button", { name: /Create session/i }).click();
    await setup.waitForURL(/\/sessions\/[\w-]{16}\/dashboard$/);
    await expect(setup.locator("body").textContent()).resolves.toContain("Ferries 10C, timed");
    await setup.close();
  });

  it("exports the scores with the edited question's text", async () => {
    await teacher.reload();
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("link", { name: "CSV, one row per answer" }).click(),
    ]);
    const text = readFileSync(await download.path(), "utf8");
    const [, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row[0] === "Ana")).toBe(true);
    expect(rows.map((row) => row[4])).toContain(EDITED_PROMPT);
  });

  it("pastes a long article and is taken to its questions once its analysis, done a step per request, is over", async () => {
    const page = await teacher.context().newPage();
    await page.goto(`${baseUrl()}/library`);
    await page.getByLabel("Paste the article's text").fill(LONG_REPORT);
    await page.getByRole("button", { name: "Add and analyse" }).click();
    // Redirects from step to step, and every tenth step a page whose Refresh header moves on by itself.
    await page.waitForURL(/\/library\/articles\/[\w-]{16}$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "Ferries, parking and library hours",
    );
    expect(await page.locator(".question-review").count()).toBeGreaterThanOrEqual(20);
    await page.close();
  });
});
