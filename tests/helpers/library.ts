import { env } from "cloudflare:test";
import { expect } from "vitest";
import { TestBrowser } from "./http";

export { LONG_REPORT, NEWS_PAGE_HTML, OPINION_COLUMN, PLAIN_REPORT, WIRE_REPORT } from "./library-articles";

/** A browser with a newly opened library; its key (shown once) is returned with it. */
export async function openLibrary(): Promise<{ browser: TestBrowser; key: string; html: string }> {
  const browser = new TestBrowser();
  const response = await browser.fetch("/library", { method: "POST" });
  expect(response.status).toBe(201);
  const html = await response.text();
  const key = /<code>([A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22})<\/code>/.exec(html)?.[1];
  if (!key) throw new Error("no library key on the page");
  return { browser, key, html };
}

/**
 * Adds an article by pasting its text and opens its page once, as a browser following the redirect does
 * (that request builds the questions); returns the review page's path.
 */
export async function pasteArticle(browser: TestBrowser, text: string, title = ""): Promise<string> {
  const response = await browser.postForm("/library/articles", { title, text });
  if (response.status !== 303)
    throw new Error(`article not added: ${response.status} ${await response.text()}`);
  const path = TestBrowser.location(response);
  await buildQuestions(browser, path);
  return path;
}

/** Opens an article's page whose questions are not built yet: that request builds them and redirects to the page. */
export async function buildQuestions(browser: TestBrowser, path: string): Promise<string> {
  const response = await browser.get(path);
  if (response.status !== 303) throw new Error(`questions not built: ${response.status}`);
  return TestBrowser.location(response);
}

/** Uploads a file as a browser's multipart form does. */
export function uploadArticle(
  browser: TestBrowser,
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  type = "text/plain",
) {
  const form = new FormData();
  form.set("title", "");
  form.set("text", "");
  form.set("file", new File([content], name, { type }));
  return browser.fetch("/library/articles", { method: "POST", body: form });
}

export function articleIdOf(path: string): string {
  const id = /^\/library\/articles\/([A-Za-z0-9_-]{16})$/.exec(path)?.[1];
  if (!id) throw new Error(`not an article path: ${path}`);
  return id;
}

export interface StoredQuestion {
  id: string;
  status: string;
  edited: number;
  question: {
    id: string;
    kind: string;
    skill: string;
    prompt: string;
    control: boolean;
    correctOptionId: string;
    explanation: string;
    options: { id: string; text: string }[];
    evidence: { start: number; end: number; text: string }[];
  };
}

/** An article's questions as stored in D1. */
export async function storedQuestions(articleId: string): Promise<StoredQuestion[]> {
  const { results } = await env.DB.prepare(
    "select id, status, edited, question from library_questions where article_id = ? order by position",
  )
    .bind(articleId)
    .all<{ id: string; status: string; edited: number; question: string }>();
  return results.map((row) => ({ ...row, question: JSON.parse(row.question) }));
}

export async function countRows(table: string): Promise<number> {
  const row = await env.DB.prepare(`select count(*) as n from ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}
