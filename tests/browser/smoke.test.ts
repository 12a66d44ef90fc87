import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { checkPage } from "./page-checks";

describe("the app in a real browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows a plain, accessible page for an unknown address", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${inject("baseUrl")}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("/no-such-page");
    await checkPage(page, "not-found");
  });

  it("explains a join code that opens no session, next to the form, and keeps what was typed", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/join`);
    await page.getByLabel("Join code").fill("ZZZZZZ");
    await page.getByLabel("Nickname").fill("Fern");
    await page.getByRole("button", { name: "Join", exact: true }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/code/i);
    await expect(page.getByLabel("Nickname").inputValue()).resolves.toBe("Fern");
    await checkPage(page, "join-error");
  });

  it("explains what is missing from a session form and keeps what was typed", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/sessions/new`);
    await page.getByLabel("Title").fill("Week 2");
    await page.getByLabel("Number of questions").fill("500");
    // The browser itself refuses 500 (max attribute); switch its check off to reach the server's.
    await page.locator("form.session-form").evaluate((form) => {
      (form as unknown as { noValidate: boolean }).noValidate = true;
    });
    await page.getByRole("button", { name: "Create session" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "Number of questions: Ask at most 30 questions.",
    );
    await expect(page.getByLabel("Title").inputValue()).resolves.toBe("Week 2");
    await checkPage(page, "session-new-error");
  });
});
