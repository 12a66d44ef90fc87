import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousAccessibilityViolations } from "./accessibility";
import { launchChromium } from "./browser";

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
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
