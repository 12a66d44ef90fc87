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

/** Saves a full-page screenshot at phone and projector sizes for a person to look at. */
export async function screenshotAtBothSizes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_FOLDER, { recursive: true });
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOT_FOLDER, `${name}-${size}.png`), fullPage: true });
  }
}
