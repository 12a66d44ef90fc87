import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
} as const;

const SCREENSHOT_FOLDER = join("tests", "output", "screenshots");

/** Saves a full-page screenshot at the page's current size, named after the page and the size. */
export async function saveScreenshot(page: Page, name: string, size: keyof typeof VIEWPORTS): Promise<void> {
  mkdirSync(SCREENSHOT_FOLDER, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_FOLDER, `${name}-${size}.png`), fullPage: true });
}
