import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import type { BrowserGlobals } from "./dom";
import { checkPage } from "./page-checks";

const ARTICLE = "/articles/army-advance-in-southern-idlib";

describe("the annotated article, keyboard only", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows the legend, the sourcing box and highlighted sources", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}${ARTICLE}`);
    await expect(page.getByRole("heading", { name: "Legend" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Sourcing" }).isVisible()).resolves.toBe(true);
    const body = page.getByRole("region", { name: "The article" });
    await expect(body.getByText("pro-militant sources").first().isVisible()).resolves.toBe(true);
    await checkPage(page, "annotated-article");
  });

  it("lists the articles, each a link to its annotated page", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/articles`);
    await checkPage(page, "articles");
    await page.locator(`main a[href="${ARTICLE}"]`).click();
    expect(new URL(page.url()).pathname).toBe(ARTICLE);
  });

  it("shows an article's questions to an instructor who gives the preview key", async () => {
    const page = await browser.newPage();
    const locked = await page.goto(`${inject("baseUrl")}${ARTICLE}/questions`);
    expect(locked?.status()).toBe(401);
    await checkPage(page, "question-preview-key");
    await page.getByLabel("Preview key").fill(inject("previewSecret"));
    await page.getByRole("button", { name: "Show the questions" }).click();
    await expect(page.locator("main").textContent()).resolves.toContain("correct");
    await checkPage(page, "question-preview");
  });

  it("reveals a loaded term's neutral alternatives when it gets keyboard focus", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}${ARTICLE}`);
    const tooltip = await tabUntilTooltipFocused(page);
    expect(tooltip.visible).toBe(true);
    expect(tooltip.text.length).toBeGreaterThan(10);
    expect(tooltip.outline).not.toBe("none");
  });

  it("hides a tooltip on Escape, and shows the next term's when focus moves on", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}${ARTICLE}`);
    await tabUntilTooltipFocused(page);
    await page.keyboard.press("Escape");
    await expect(page.locator(".tip:visible").count()).resolves.toBe(0);
    const next = await tabUntilTooltipFocused(page);
    expect(next.visible).toBe(true);
  });
});

interface FocusedTooltip {
  visible: boolean;
  text: string;
  outline: string;
}

/** Presses Tab until the focused element describes itself with a tooltip; returns what a person would see. */
async function tabUntilTooltipFocused(page: import("playwright-core").Page): Promise<FocusedTooltip> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
      const focused = document.activeElement;
      const tipId = focused?.getAttribute("aria-describedby");
      const tip = tipId ? document.getElementById(tipId) : null;
      if (!focused || !tip || tip.getAttribute("role") !== "tooltip") return null;
      const box = tip.getBoundingClientRect();
      const style = getComputedStyle(tip);
      return {
        visible: box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.opacity !== "0",
        text: tip.textContent ?? "",
        outline: getComputedStyle(focused).outlineStyle,
      };
    });
    if (found) return found;
  }
  throw new Error("no focusable loaded term with a tooltip within 80 presses of Tab");
}
