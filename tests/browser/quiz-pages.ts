import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { BrowserGlobals } from "./dom";

/** What a student did on one question and what the feedback page told them. */
export interface GivenAnswer {
  prompt: string;
  chosen: string;
  correct: boolean;
}

/** Picks the option at `optionIndex` (wrapping round), checks the answer, and reads the verdict. */
export async function answerQuestion(page: Page, optionIndex: number): Promise<GivenAnswer> {
  const prompt = await questionPrompt(page);
  const labels = page.locator("form.question .option label");
  const chosen = labels.nth(optionIndex % (await labels.count()));
  const chosenText = (await chosen.textContent()) ?? "";
  await chosen.click();
  await Promise.all([
    page.waitForURL(/./, { waitUntil: "load" }),
    page.getByRole("button", { name: "Check answer" }).click(),
  ]);
  return { prompt, chosen: chosenText, correct: await readVerdict(page) };
}

/** Tab to the options, choose one with Space, Tab to the button and press Enter: no mouse at all. */
export async function answerWithKeyboard(page: Page): Promise<GivenAnswer> {
  const prompt = await questionPrompt(page);
  await tabUntil(page, "input[type=radio]");
  await page.keyboard.press("Space");
  const chosen = await page.evaluate(() => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const id = document.activeElement?.getAttribute("id");
    return document.querySelector(`label[for="${id}"]`)?.textContent ?? "";
  });
  await tabUntil(page, "button[type=submit]");
  await Promise.all([page.waitForURL(/./, { waitUntil: "load" }), page.keyboard.press("Enter")]);
  return { prompt, chosen, correct: await readVerdict(page) };
}

/** Follows "Next question" or, after the last one, "See your score". */
export async function goToNext(page: Page): Promise<void> {
  await page.locator(".feedback a.btn").click();
  await page.waitForLoadState("load");
}

export async function questionPrompt(page: Page): Promise<string> {
  return ((await page.locator("form.question legend.prompt").textContent()) ?? "").trim();
}

/** True for "Right.", false for "Not quite." or "Time ran out."; fails on a page without a verdict. */
async function readVerdict(page: Page): Promise<boolean> {
  const verdict = (await page.locator(".verdict").textContent()) ?? "";
  expect(verdict).toMatch(/Right\.|Not quite\.|Time ran out\./);
  return verdict.includes("Right.");
}

async function tabUntil(page: Page, selector: string): Promise<void> {
  for (let press = 0; press < 40; press++) {
    await page.keyboard.press("Tab");
    const matches = await page.evaluate(
      (wanted) => (globalThis as unknown as BrowserGlobals).document.activeElement?.matches(wanted) ?? false,
      selector,
    );
    if (matches) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
