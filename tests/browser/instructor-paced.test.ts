import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import type { BrowserGlobals } from "./dom";
import { checkPage, expectAccessible } from "./page-checks";

const TIME_LIMIT_SECONDS = 12;

describe("an instructor-paced session with a time limit, in a real browser", () => {
  let browser: Browser;
  let dashboard: Page;
  let withScript: Page;
  let withoutScript: Page;
  let joinCode = "";

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("keeps students waiting until the instructor opens the first question", async () => {
    dashboard = await browser.newPage();
    await dashboard.goto(`${inject("baseUrl")}/sessions/new`);
    await dashboard.getByLabel("Title").fill("Paced check");
    await dashboard.getByLabel("Number of questions").fill("2");
    await dashboard.getByLabel("Instructor-paced: you open one question at a time").check();
    await dashboard.getByLabel("Time limit per question").check();
    await dashboard.getByLabel("Seconds per question").fill(String(TIME_LIMIT_SECONDS));
    await dashboard.getByRole("button", { name: "Create session" }).click();
    await dashboard.waitForURL(/\/dashboard$/);
    joinCode = ((await dashboard.locator(".join-code").textContent()) ?? "").replace("Join code:", "").trim();

    withScript = await joinAs("Dana", true);
    withoutScript = await joinAs("Eli", false);
    for (const page of [withScript, withoutScript]) {
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Waiting for your teacher",
      );
    }
    await checkPage(withScript, "student-waiting");
  });

  it("shows the question by itself once it is opened, or after 'Check now' without JavaScript", async () => {
    await dashboard.getByRole("button", { name: "Open the first question" }).click();
    await withScript.waitForSelector("form.question", { timeout: 15_000 });
    await withoutScript.getByRole("link", { name: "Check now" }).click();
    await expect(withoutScript.locator("form.question").count()).resolves.toBe(1);
    for (const page of [withScript, withoutScript]) {
      await expect(page.locator(".timer").textContent()).resolves.toContain(
        `Time limit: ${TIME_LIMIT_SECONDS} seconds.`,
      );
    }
    await expectAccessible(withScript);
  });

  it("counts down and, when time is up, sends the form and says time ran out", async () => {
    const clock = withScript.locator("[data-seconds-left]");
    const first = secondsIn(await clock.textContent());
    await withScript.waitForFunction(
      (before) => {
        const text = (globalThis as unknown as BrowserGlobals).document.querySelector(
          "[data-seconds-left]",
        )?.textContent;
        return text !== undefined && Number.parseInt(text ?? "", 10) < before;
      },
      first,
      { timeout: 5_000 },
    );
    await withScript.waitForSelector(".verdict", { timeout: (TIME_LIMIT_SECONDS + 10) * 1000 });
    await expect(withScript.locator(".verdict").textContent()).resolves.toContain("Time ran out.");
  });

  it("keeps the next question closed until the instructor opens it", async () => {
    await withScript.getByRole("link", { name: "Next question" }).click();
    await expect(withScript.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Waiting for your teacher",
    );
    await dashboard.reload();
    await expect(dashboard.getByRole("button", { name: "Open question 2" }).isVisible()).resolves.toBe(true);
  });

  it("lets the instructor find the session again from 'Run a class'", async () => {
    await dashboard.getByRole("link", { name: "Run a class" }).click();
    await dashboard.getByRole("link", { name: "Paced check" }).click();
    await expect(dashboard.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Paced check");
  });

  async function joinAs(nickname: string, javaScriptEnabled: boolean): Promise<Page> {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await page.goto(`${inject("baseUrl")}/join/${joinCode}`);
    await page.getByLabel("Nickname").fill(nickname);
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.waitForURL(new RegExp(`/class/${joinCode}/1$`));
    return page;
  }
});

function secondsIn(text: string | null): number {
  const seconds = Number.parseInt(text ?? "", 10);
  expect(seconds).toBeGreaterThan(0);
  return seconds;
}
