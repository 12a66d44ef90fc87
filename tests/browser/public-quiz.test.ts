import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { checkPage } from "./page-checks";
import { answerQuestion, answerWithKeyboard, type GivenAnswer, goToNext } from "./quiz-pages";

const QUIZ_LENGTH = 10;

describe("the public quiz, played to the end in a real browser", () => {
  let browser: Browser;
  let page: Page;
  const answers: GivenAnswer[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("starts from the home page and the Play page, both accessible by keyboard", async () => {
    await page.goto(`${inject("baseUrl")}/`);
    await checkPage(page, "home");
    await page.getByRole("link", { name: "Play a quiz" }).click();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Play a quiz");
    await checkPage(page, "play-start");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/play\/[\w-]{22}\/1$/);
  });

  it("shows the first question without a time limit and takes an answer given by keyboard alone", async () => {
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
      /^Question 1\s*of 10$/,
    );
    expect(await page.locator("[data-seconds-left]").count()).toBe(0);
    await expect(page.getByText("Time limit").count()).resolves.toBe(0);
    await checkPage(page, "play-question");
    const answer = await answerWithKeyboard(page);
    expect(answer.chosen.length).toBeGreaterThan(0);
    answers.push(answer);
  });

  it("gives feedback with the explanation and the evidence highlighted in its paragraph", async () => {
    const verdict = page.getByRole("status");
    await expect(verdict.isVisible()).resolves.toBe(true);
    const evidence = page.getByRole("region", { name: "Evidence in the article" });
    const marks = evidence.locator("mark");
    expect(await marks.count()).toBeGreaterThan(0);
    await expect(marks.first().isVisible()).resolves.toBe(true);
    expect((await marks.first().textContent())?.replace("evidence:", "").trim().length).toBeGreaterThan(0);
    await expect(page.locator(".answer-options .is-correct").count()).resolves.toBe(1);
    await checkPage(page, "play-feedback");
  });

  it("plays the other nine questions and shows the score they add up to", async () => {
    await goToNext(page);
    for (let position = 2; position <= QUIZ_LENGTH; position++) {
      answers.push(await answerQuestion(page, position % 3));
      await goToNext(page);
    }
    expect(new URL(page.url()).pathname).toMatch(/\/results$/);
    const right = answers.filter((answer) => answer.correct).length;
    await expect(page.locator(".big-score").textContent()).resolves.toBe(`${right} right out of 10`);
    const rows = await page.locator("table.scores tbody tr td:first-of-type").allTextContents();
    const totals = rows.map(
      (cell) =>
        cell
          .match(/(\d+) of (\d+)/)
          ?.slice(1)
          .map(Number) ?? [0, 0],
    );
    expect(totals.reduce((sum, [correct = 0]) => sum + correct, 0)).toBe(right);
    expect(totals.reduce((sum, [, total = 0]) => sum + total, 0)).toBe(QUIZ_LENGTH);
    await expect(page.getByRole("link", { name: "Play again" }).isVisible()).resolves.toBe(true);
    await checkPage(page, "play-results");
  });
});
