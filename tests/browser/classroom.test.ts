import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsv } from "../helpers/csv";
import { launchChromium } from "./browser";
import type { BrowserGlobals } from "./dom";
import { checkPage } from "./page-checks";
import { answerQuestion, type GivenAnswer, goToNext, questionPrompt } from "./quiz-pages";

const QUESTION_COUNT = 4;

interface Student {
  nickname: string;
  context: BrowserContext;
  page: Page;
  answers: GivenAnswer[];
}

describe("a classroom session: an instructor and three students in separate browsers", () => {
  let browser: Browser;
  let dashboard: Page;
  let sessionPath = "";
  let joinCode = "";
  let instructorKey = "";
  const students = new Map<string, Student>();
  const student = (nickname: string): Student => {
    const found = students.get(nickname);
    if (!found) throw new Error(`${nickname} has not joined`);
    return found;
  };
  const baseUrl = () => inject("baseUrl");

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("lets the instructor create a session and shows the join code and the key once", async () => {
    dashboard = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await dashboard.goto(`${baseUrl()}/sessions/new`);
    await checkPage(dashboard, "session-new");
    await dashboard.getByLabel("Title").fill("Media 9B: sourcing");
    await dashboard.getByLabel("Number of questions").fill(String(QUESTION_COUNT));
    await dashboard.getByRole("button", { name: "Create session" }).click();
    await dashboard.waitForURL(/\/sessions\/[\w-]{16}\/dashboard$/);
    sessionPath = new URL(dashboard.url()).pathname.replace(/\/dashboard$/, "");
    joinCode = ((await dashboard.locator(".join-code").textContent()) ?? "").replace("Join code:", "").trim();
    instructorKey = ((await dashboard.locator(".new-key code").textContent()) ?? "").trim();
    expect(joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(instructorKey.length).toBeGreaterThanOrEqual(22);
    await expect(dashboard.getByText("Nobody has joined yet.").isVisible()).resolves.toBe(true);
    await dashboard.evaluate(() => {
      (globalThis as unknown as { neverReloaded: boolean }).neverReloaded = true;
    });
  });

  it("lets three students join, one of them with JavaScript turned off", async () => {
    const ana = await newStudent("Ana", true);
    await ana.page.goto(`${baseUrl()}/join/${joinCode}`);
    await checkPage(ana.page, "join");
    await joinWithForm(ana);

    const ben = await newStudent("Ben", false);
    await ben.page.goto(`${baseUrl()}/`);
    await ben.page.getByLabel("Join code").fill(joinCode.toLowerCase());
    await ben.page.getByLabel("Nickname").fill(ben.nickname);
    await ben.page.getByRole("button", { name: "Join" }).click();
    await ben.page.waitForURL(new RegExp(`/class/${joinCode}/1$`));

    const caro = await newStudent("Caro", true);
    await caro.page.goto(`${baseUrl()}/join?code=${joinCode}`);
    await joinWithForm(caro);

    for (const { page, nickname } of [ana, ben, caro]) {
      await expect(page.locator(".student-bar").textContent()).resolves.toContain(`You are ${nickname}`);
      await expect(questionPrompt(page)).resolves.not.toBe("");
    }
    expect(await ana.page.locator("[data-seconds-left]").count()).toBe(0);
    await checkPage(ana.page, "student-question");
  });

  it("takes every answer from the student with JavaScript and the one without", async () => {
    for (const nickname of ["Ana", "Ben"]) {
      const { page, answers } = student(nickname);
      for (let position = 1; position <= QUESTION_COUNT; position++) {
        answers.push(await answerQuestion(page, nickname === "Ana" ? 0 : 1));
        if (position === 1 && nickname === "Ana") await checkPage(page, "student-feedback");
        await goToNext(page);
      }
      const right = answers.filter((answer) => answer.correct).length;
      await expect(page.locator(".big-score").textContent()).resolves.toBe(
        `${right} right out of ${QUESTION_COUNT}`,
      );
    }
    await checkPage(student("Ana").page, "student-done");
  });

  it("brings a student who reloads mid-quiz back to the question they were on", async () => {
    const caro = student("Caro");
    for (let position = 1; position <= 2; position++) {
      caro.answers.push(await answerQuestion(caro.page, 2));
      await goToNext(caro.page);
    }
    const third = await questionPrompt(caro.page);
    await caro.page.reload();
    expect(new URL(caro.page.url()).pathname).toBe(`/class/${joinCode}/3`);
    await expect(questionPrompt(caro.page)).resolves.toBe(third);
    caro.answers.push(await answerQuestion(caro.page, 2));

    const sameBrowserLater = await caro.context.newPage();
    await sameBrowserLater.goto(`${baseUrl()}/class/${joinCode}`);
    expect(new URL(sameBrowserLater.url()).pathname).toBe(`/class/${joinCode}/4`);
  });

  it("lets that student carry on from another device with the rejoin PIN", async () => {
    const caro = student("Caro");
    const pin = ((await caro.page.locator(".student-bar .pin").textContent()) ?? "").trim();
    expect(pin).toMatch(/^\d{6}$/);
    const otherDevice = await browser.newPage();
    await otherDevice.goto(`${baseUrl()}/join/${joinCode}`);
    await otherDevice.getByLabel("Nickname").fill("caro");
    await otherDevice.getByText("Joined already, on another device?").click();
    await otherDevice.getByLabel("Rejoin PIN").fill(pin);
    await otherDevice.getByRole("button", { name: "Join", exact: true }).click();
    await otherDevice.waitForURL(new RegExp(`/class/${joinCode}/4$`));
    caro.answers.push(await answerQuestion(otherDevice, 2));
    await goToNext(otherDevice);
    await expect(otherDevice.locator(".big-score").textContent()).resolves.toMatch(
      new RegExp(`right out of ${QUESTION_COUNT}$`),
    );
  });

  it("updates the open dashboard by itself, without a reload", async () => {
    await dashboard.waitForFunction(
      (count) => {
        const live =
          (globalThis as unknown as BrowserGlobals).document.querySelector("#live")?.textContent ?? "";
        return live.includes("Students (3)") && live.split("(finished)").length - 1 === count;
      },
      3,
      { timeout: 20_000 },
    );
    const neverReloaded = await dashboard.evaluate(
      () => (globalThis as unknown as { neverReloaded?: boolean }).neverReloaded === true,
    );
    expect(neverReloaded).toBe(true);
    for (const { nickname, answers } of students.values()) {
      const row = dashboard.locator("table.roster tbody tr", { hasText: nickname });
      const right = answers.filter((answer) => answer.correct).length;
      // The row's cells: the tick box, progress, right answers (the nickname is the row header).
      await expect(row.locator("td").nth(2).textContent()).resolves.toBe(String(right));
    }
  });

  it("opens the dashboard on a second device with the instructor key, keyboard operable without its script", async () => {
    const secondDevice = await browser.newPage();
    // Without app.js the figures stay put while the Tab tour walks through them.
    await secondDevice.route("**/app.js", (route) => route.abort());
    const refused = await secondDevice.goto(`${baseUrl()}${sessionPath}/dashboard`);
    expect(refused?.status()).toBe(401);
    await checkPage(secondDevice, "instructor-key");
    await secondDevice.getByLabel("Instructor key").fill(instructorKey);
    await secondDevice.getByRole("button", { name: "Open the dashboard" }).click();
    // The click only submits the key: wait for the dashboard it leads to before counting its rows.
    await secondDevice.locator(".roster tbody tr").first().waitFor();
    await expect(secondDevice.locator(".roster tbody tr").count()).resolves.toBe(3);
    await checkPage(secondDevice, "dashboard");
  });

  it("downloads a wide CSV whose scores match what each student was told", async () => {
    const [header, ...rows] = await downloadCsv(dashboard, "CSV, one row per student");
    expect(header?.slice(0, 4)).toEqual(["nickname", "joined_at", "finished_at", "score"]);
    const firstQuestion = header?.findIndex((cell) => cell.startsWith("Q1 ")) ?? -1;
    expect(firstQuestion).toBeGreaterThan(3);
    expect(rows.map((row) => row[0]).sort()).toEqual(["Ana", "Ben", "Caro"]);
    for (const row of rows) {
      const right = student(row[0] ?? "").answers.filter((answer) => answer.correct).length;
      const perQuestion = row.slice(firstQuestion);
      expect(row[2]).not.toBe("");
      expect(row[3]).toBe(String(right));
      expect(perQuestion).toHaveLength(QUESTION_COUNT);
      expect(perQuestion.filter((cell) => cell === "1")).toHaveLength(right);
      expect(perQuestion.filter((cell) => cell === "")).toHaveLength(0);
    }
  });

  it("downloads a long CSV with one row per answer, each the option the student chose", async () => {
    const [header, ...rows] = await downloadCsv(dashboard, "CSV, one row per answer");
    expect(header).toEqual([
      "participant",
      "question_id",
      "skill",
      "kind",
      "prompt",
      "chosen_option",
      "correct_option",
      "correct",
      "response_ms",
      "answered_at",
    ]);
    expect(rows).toHaveLength(3 * QUESTION_COUNT);
    for (const [participant = "", , , , prompt, chosen, , correct] of rows) {
      const given = student(participant).answers.find((answer) => answer.prompt === prompt);
      expect(given, `${participant} saw "${prompt}"`).toBeDefined();
      expect(chosen).toBe(given?.chosen);
      expect(correct).toBe(String(given?.correct));
    }
  });

  it("publishes the session's questions as a public quiz anyone can start from its link", async () => {
    await dashboard.getByRole("button", { name: "Publish a shareable quiz" }).click();
    const href = await dashboard.locator('main a[href^="/quiz/"]').first().getAttribute("href");
    const visitor = await browser.newPage();
    await visitor.goto(`${baseUrl()}${href}`);
    await checkPage(visitor, "published-quiz");
    await visitor.getByRole("button", { name: "Start the quiz" }).click();
    await expect(visitor.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      new RegExp(`^Question 1\\s*of ${QUESTION_COUNT}$`),
    );
  });

  async function newStudent(nickname: string, javaScriptEnabled: boolean): Promise<Student> {
    const context = await browser.newContext({ javaScriptEnabled });
    const joined = { nickname, context, page: await context.newPage(), answers: [] };
    students.set(nickname, joined);
    return joined;
  }

  async function joinWithForm({ page, nickname }: Student): Promise<void> {
    await expect(page.getByLabel("Join code").inputValue()).resolves.toBe(joinCode);
    await page.getByLabel("Nickname").fill(nickname);
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.waitForURL(new RegExp(`/class/${joinCode}/1$`));
  }
});

/** Clicks a download link and parses the file the browser saved as RFC 4180 CSV (after its byte order mark). */
async function downloadCsv(page: Page, linkName: string): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^byline-media-9b-sourcing-\d{4}-\d{2}-\d{2}-(wide|long)\.csv$/,
  );
  const text = readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return parseCsv(text.slice(1));
}
