import type { Page } from "playwright-core";
import { expect } from "vitest";
import { seriousAccessibilityViolations } from "./accessibility";
import { saveScreenshot, VIEWPORTS } from "./browser";
import type { BrowserGlobals } from "./dom";

/** axe-core finds no serious or critical violation on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

interface ReachedControl {
  key: string | null;
  description: string;
  focusVisible: boolean;
}

/**
 * Tab alone reaches every visible control on the page (a radio group is one stop), and each shows a
 * visible focus indicator when it gets there.
 */
export async function expectKeyboardOperable(page: Page): Promise<void> {
  const controls = await markControls(page);
  const reached = await tabThroughPage(page, controls.size + 10);
  expect(reached.filter((control) => !control.focusVisible).map((control) => control.description)).toEqual(
    [],
  );
  const reachedKeys = new Set(reached.map((control) => control.key));
  const unreached = [...controls].filter(([key]) => !reachedKeys.has(key)).map(([, text]) => text);
  expect(unreached).toEqual([]);
}

/**
 * The checks every main page gets, at phone and at projector size: axe-core, keyboard-only operation, and
 * a screenshot for a person to look at. The page is left at projector size.
 */
export async function checkPage(page: Page, screenshotName: string): Promise<void> {
  for (const size of ["phone", "projector"] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    await expectAccessible(page);
    await expectKeyboardOperable(page);
    await saveScreenshot(page, screenshotName, size);
  }
}

const CONTROL_SELECTOR = [
  "a[href]",
  "button:not([disabled])",
  "input:not([type=hidden]):not([disabled])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  '[tabindex]:not([tabindex="-1"])',
].join(",");

/** Tags each visible control with a key (one per radio group) and returns key → a readable description. */
async function markControls(page: Page): Promise<Map<string, string>> {
  const entries = await page.evaluate((selector) => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const marked: [string, string][] = [];
    document.querySelectorAll(selector).forEach((element, index) => {
      if (!element.checkVisibility({ visibilityProperty: true })) return;
      const isRadio = element.getAttribute("type") === "radio";
      const key = isRadio ? `radio:${element.getAttribute("name")}` : `control-${index}`;
      element.setAttribute("data-tour", key);
      const label = element.getAttribute("aria-label") ?? element.textContent ?? "";
      marked.push([key, `${element.tagName.toLowerCase()} ${key} "${label.trim().slice(0, 40)}"`]);
    });
    return marked;
  }, CONTROL_SELECTOR);
  return new Map(entries);
}

/** Presses Tab from the top of the page until focus leaves the page or comes back round; what it met. */
async function tabThroughPage(page: Page, maxPresses: number): Promise<ReachedControl[]> {
  // Focus the body for a moment: blurring alone would leave Tab starting after an autofocused control.
  await page.evaluate(() => {
    const { document } = globalThis as unknown as BrowserGlobals;
    (document.activeElement as { blur?: () => void } | null)?.blur?.();
    document.body.setAttribute("tabindex", "-1");
    (document.body as unknown as { focus: () => void }).focus();
    document.body.removeAttribute("tabindex");
  });
  const reached: ReachedControl[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press("Tab");
    const control = await page.evaluate(describeFocusedControl);
    if (control === null || (reached.length > 0 && control.key === reached[0]?.key)) break;
    reached.push(control);
  }
  return reached;
}

/** Runs inside the page: the focused element's tour key and whether its focus can be seen. */
function describeFocusedControl(): ReachedControl | null {
  const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  const style = getComputedStyle(focused);
  const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
  return {
    key: focused.getAttribute("data-tour"),
    description: `${focused.tagName.toLowerCase()} "${(focused.textContent ?? "").trim().slice(0, 40)}"`,
    focusVisible: outline || style.boxShadow !== "none",
  };
}
