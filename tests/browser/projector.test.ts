import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import type { BrowserGlobals } from "./dom";
import { checkPage } from "./page-checks";
import { answerQuestion } from "./quiz-pages";

/** Marks the page, so a later check can tell it was never reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
  });
}

async function wasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded === true);
}

/** Waits until the projector's live figure `name` (data-answered or data-joined) reads `value`. */
async function waitForFigure(page: Page, name: "answered" | "joined", value: number): Promise<void> {
  await page.waitForFunction(
    ([selector, expected]) =>
      (globalThis as unknown as BrowserGlobals).document.querySelector(selector)?.textContent === expected,
    [`[data-${name}]`, String(value)] as const,
    { timeout: 10_000 },
  );
}

describe("the projector with three students, one without JavaScript, in a real browser", () => {
  let browser: Browser;
  let projector: Page;
  let joinCode = "";
  const students: { page: Page; script: boolean }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows the join code and counts students as they join, without a reload", async () => {
    projector = await browser.newPage();
    await projector.goto(`${inject("baseUrl")}/sessions/new`);
    await projector.getByLabel("Title").fill("Projector check");
    await projector.getByLabel("Number of questions").fill("1");
    await projector.getByLabel("Instructor-paced: you open one question at a time").check();
    await projector.getByLabel("Show a leaderboard of nicknames").check();
    await projector.getByRole("button", { name: "Create session" }).click();
    await projector.waitForURL(/\/dashboard$/);
    joinCode = ((await projector.locator(".join-code").textContent()) ?? "").replace("Join code:", "").trim();
    await projector.getByRole("link", { name: "Open the projector view" }).click();
    await projector.waitForURL(/\/present$/);
    await expect(projector.locator(".projector-big-code").textContent()).resolves.toContain(joinCode);
    await markPage(projector);

    for (const [nickname, script] of [
      ["Ana", true],
      ["Ben", false],
      ["Caro", true],
    ] as const) {
      const page = await (await browser.newContext({ javaScriptEnabled: script })).newPage();
      await page.goto(`${inject("baseUrl")}/join/${joinCode}`);
      await page.getByLabel("Nickname").fill(nickname);
      await page.getByRole("button", { name: "Join", exact: true }).click();
      await page.waitForURL(new RegExp(`/class/${joinCode}/1$`));
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Waiting for your teacher",
      );
      students.push({ page, script });
    }
    await waitForFigure(projector, "joined", 3);
    expect(await wasNotReloaded(projector)).toBe(true);
    await checkPage(projector, "projector-waiting");
  });

  it("opens the question with Space: it reaches the students with JavaScript by itself, and the other on Check now", async () => {
    await projector.locator("[data-step]").focus();
    await Promise.all([projector.waitForEvent("load"), projector.keyboard.press("Space")]);
    await expect(projector.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Question 1");
    for (const { page, script } of students) {
      if (script) await page.waitForSelector("form.question", { timeout: 10_000 });
      else await page.getByRole("link", { name: "Check now" }).click();
      await expect(page.locator("form.question").count()).resolves.toBe(1);
    }
    await markPage(projector);
  });

  it("counts each answer on the projector as it comes in, without a reload", async () => {
    for (const [index, { page }] of students.entries()) {
      await answerQuestion(page, index);
      await waitForFigure(projector, "answered", index + 1);
    }
    await expect(projector.locator(".answers-in").first().textContent()).resolves.toMatch(
      /3\s+of\s+3 answered/,
    );
    expect(await wasNotReloaded(projector)).toBe(true);
    await checkPage(projector, "projector-open");
  });

  it("reveals the split, the answer, the evidence and a discussion prompt with the right arrow key", async () => {
    await projector.locator("body").click({ position: { x: 5, y: 5 } });
    await Promise.all([projector.waitForEvent("load"), projector.keyboard.press("ArrowRight")]);
    await expect(
      projector.getByRole("heading", { name: "How the class answered" }).isVisible(),
    ).resolves.toBe(true);
    await expect(projector.locator(".projector-split .is-key").count()).resolves.toBe(1);
    await expect(projector.locator(".passage mark").count()).resolves.toBeGreaterThan(0);
    await expect(projector.getByRole("heading", { name: "Discuss" }).isVisible()).resolves.toBe(true);
    await checkPage(projector, "projector-revealed");
    await projector.reload();
    await expect(
      projector.getByRole("heading", { name: "How the class answered" }).isVisible(),
    ).resolves.toBe(true);
  });

  it("ends with the class's results per skill and the leaderboard", async () => {
    await Promise.all([projector.waitForEvent("load"), projector.keyboard.press("Space")]);
    await expect(projector.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Results");
    await expect(projector.getByRole("heading", { name: "Leaderboard" }).isVisible()).resolves.toBe(true);
    await checkPage(projector, "projector-finished");
  });
});
