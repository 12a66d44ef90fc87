/**
 * Prints, per main page, the bytes of HTML + CSS + JS (raw and gzipped), the article text's share,
 * and the number of requests, loading each page in Debian's Chromium against `wrangler dev`.
 * Goal: ≤ 15 KB gzipped for the heaviest page apart from article text, and no third-party request.
 */
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchChromium } from "../tests/browser/browser";
import { startDevServer } from "./lib/dev-server";

interface PageWeight {
  path: string;
  requests: number;
  thirdParty: string[];
  rawBytes: number;
  gzippedBytes: number;
  articleTextGzipped: number;
}

const SEED_SLUG = "battle-for-idlib-m5-highway";

const PAGES = ["/", "/articles", `/articles/${SEED_SLUG}`, "/play", "/sessions/new"];

async function weigh(page: Page, baseUrl: string, path: string): Promise<PageWeight> {
  const bodies: Buffer[] = [];
  const thirdParty: string[] = [];
  let requests = 0;
  page.on("request", (request) => {
    requests++;
    if (!request.url().startsWith(baseUrl)) thirdParty.push(request.url());
  });
  page.on("response", async (response) => {
    const kind = response.request().resourceType();
    if (kind === "document" || kind === "stylesheet" || kind === "script") {
      bodies.push(await response.body().catch(() => Buffer.alloc(0)));
    }
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  const articleText = await page.evaluate(() => {
    const article = (
      globalThis as unknown as {
        document: { querySelector: (s: string) => { textContent: string | null } | null };
      }
    ).document.querySelector("article");
    return article?.textContent ?? "";
  });
  const all = Buffer.concat(bodies);
  return {
    path,
    requests,
    thirdParty,
    rawBytes: all.length,
    gzippedBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    articleTextGzipped: articleText ? gzipSync(articleText, { level: 9 }).length : 0,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await startDevServer();
const browser = await launchChromium();
try {
  const weights: PageWeight[] = [];
  for (const path of PAGES) {
    const page = await browser.newPage();
    weights.push(await weigh(page, server.baseUrl, path));
    await page.close();
  }
  console.log("page | requests | raw | gzipped | gzipped without article text | third-party");
  for (const weight of weights) {
    console.log(
      `${weight.path} | ${weight.requests} | ${kb(weight.rawBytes)} | ${kb(weight.gzippedBytes)} | ${kb(weight.gzippedBytes - weight.articleTextGzipped)} | ${weight.thirdParty.length}`,
    );
  }
  const heaviest = Math.max(...weights.map((weight) => weight.gzippedBytes - weight.articleTextGzipped));
  const thirdParty = weights.flatMap((weight) => weight.thirdParty);
  console.log(`heaviest page apart from article text: ${kb(heaviest)} gzipped (goal ≤ 15 KB)`);
  console.log(
    `third-party requests: ${thirdParty.length}${thirdParty.length ? `: ${thirdParty.join(", ")}` : ""}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
