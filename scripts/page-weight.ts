/**
 * Weighs every main page a teacher or student meets, each loaded cold in Debian's Chromium against
 * `wrangler dev`: the bytes of HTML + CSS + JS (raw and gzipped), the article text's share, the number of
 * requests, and any request to another origin. Classes are set up through the JSON API; the pages a
 * student or a player reaches by answering are reached through the forms, as a person would.
 * Goal: ≤ 15 KB gzipped for the heaviest page apart from article text, and no third-party request;
 * exits non-zero when the goal fails.
 */
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../tests/browser/browser";
import { startDevServer } from "./lib/dev-server";
import { inPool } from "./lib/in-pool";
import { describeRun, writeReportSection } from "./lib/performance-report";

const GOAL_BYTES = 15 * 1024;
const QUESTION_COUNT = 10;
/** Where a page shows the article's own words: the annotated body, and the evidence quoted in feedback. */
const ARTICLE_TEXT = ".article-body, .evidence blockquote, .passage blockquote";

interface ClassSession {
  sessionId: string;
  joinCode: string;
  instructorKey: string;
}

/** The browsers and classes the page definitions share; each definition may move a journey on. */
interface Site {
  baseUrl: string;
  /** A class of 30: 29 students who answered everything through the API, and `student`. */
  classOf30: ClassSession;
  /** Someone playing the public quiz. */
  player: Page;
  /** The 30th student of `classOf30`, who joins and answers through the pages. */
  student: Page;
  /** The teacher's browser, which has entered the instructor keys. */
  instructor: Page;
}

/** A page to weigh: its path, and the browser whose cookies it needs (a joined student, an instructor). */
interface Visit {
  path: string;
  as?: Page;
}

interface PageDefinition {
  name: string;
  /** Definitions run in order, so one may carry on a journey where the one before left it. */
  reach: (site: Site) => Promise<Visit>;
  /** Why the figure is shown for scale but not held to the goal. */
  outsideGoal?: string;
}

const PAGES: PageDefinition[] = [
  { name: "Home", reach: async () => ({ path: "/" }) },
  { name: "Articles list", reach: async () => ({ path: "/articles" }) },
  {
    name: "Heaviest annotated article",
    reach: async (site) => ({ path: `/articles/${await findHeaviestArticle(site.baseUrl)}` }),
  },
  { name: "Play: start", reach: async () => ({ path: "/play" }) },
  {
    name: "Public quiz: question",
    reach: async ({ player }) => {
      await player.goto("/play");
      await submit(player, "form[action='/play'] button[type=submit]");
      return { path: pathOf(player) };
    },
  },
  {
    name: "Public quiz: feedback",
    reach: async ({ player }) => {
      await answerQuestion(player);
      return { path: pathOf(player) };
    },
  },
  {
    name: "Public quiz: results",
    reach: async ({ player }) => {
      await answerTheRest(player);
      return { path: pathOf(player) };
    },
  },
  { name: "Create session", reach: async () => ({ path: "/sessions/new" }) },
  { name: "Join", reach: async ({ classOf30 }) => ({ path: `/join/${classOf30.joinCode}` }) },
  {
    name: "Student: question",
    reach: async ({ student, classOf30 }) => {
      await student.goto(`/join/${classOf30.joinCode}`);
      await student.locator("input[name=nickname]").fill("Sam");
      await submit(student, "button[name=intent][value=join]");
      return { path: pathOf(student), as: student };
    },
  },
  {
    name: "Student: feedback",
    reach: async ({ student }) => {
      await answerQuestion(student);
      return { path: pathOf(student), as: student };
    },
  },
  {
    name: "Student: done",
    reach: async ({ student }) => {
      await answerTheRest(student);
      return { path: pathOf(student), as: student };
    },
  },
  {
    name: "Dashboard, class of 30",
    reach: async ({ instructor, classOf30 }) => {
      await enterInstructorKey(instructor, classOf30);
      return { path: pathOf(instructor), as: instructor };
    },
  },
  {
    name: "Dashboard update, class of 30",
    outsideGoal: "the fragment its script fetches every 5 s",
    reach: async ({ instructor }) => ({ path: liveFragmentOf(instructor), as: instructor }),
  },
  {
    name: "Dashboard, class of 300",
    outsideGoal: "a class ten times the usual size",
    reach: async ({ instructor, baseUrl }) => {
      await enterInstructorKey(instructor, await createAnsweredClass(baseUrl, "Assembly", 300));
      return { path: pathOf(instructor), as: instructor };
    },
  },
  {
    name: "Dashboard update, class of 300",
    outsideGoal: "the fragment its script fetches every 5 s",
    reach: async ({ instructor }) => ({ path: liveFragmentOf(instructor), as: instructor }),
  },
];

async function postJson<T>(baseUrl: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A session whose students have all joined and answered every question, through the JSON API. */
async function createAnsweredClass(baseUrl: string, title: string, students: number): Promise<ClassSession> {
  const session = await postJson<ClassSession>(baseUrl, "/api/sessions", {
    title,
    questionCount: QUESTION_COUNT,
  });
  const nicknames = Array.from({ length: students }, (_, index) => `Student ${index + 1}`);
  await inPool(nicknames, 16, async (nickname) => {
    const joined = await postJson<{
      participantToken: string;
      questions: { id: string; options: { id: string }[] }[];
    }>(baseUrl, `/api/sessions/${session.joinCode}/join`, { nickname });
    for (const question of joined.questions) {
      await postJson(baseUrl, `/api/sessions/${session.joinCode}/answers`, {
        participantToken: joined.participantToken,
        questionId: question.id,
        optionId: question.options[0]?.id,
      });
    }
  });
  return session;
}

/** The seed article whose annotated page has the most HTML. */
async function findHeaviestArticle(baseUrl: string): Promise<string> {
  const { articles } = (await (await fetch(`${baseUrl}/api/articles`)).json()) as {
    articles: { slug: string }[];
  };
  const sizes = await Promise.all(
    articles.map(async ({ slug }) => ({
      slug,
      bytes: (await (await fetch(`${baseUrl}/articles/${slug}`)).arrayBuffer()).byteLength,
    })),
  );
  const heaviest = sizes.sort((a, b) => b.bytes - a.bytes)[0];
  if (!heaviest) throw new Error("GET /api/articles listed no article");
  return heaviest.slug;
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

/** The live figures the open dashboard in `instructor` polls. */
const liveFragmentOf = (instructor: Page) => pathOf(instructor).replace(/\/dashboard$/, "/live");

/** Clicks a submit button and waits for the page the form leads to. */
async function submit(page: Page, button: string): Promise<void> {
  const loaded = page.waitForEvent("load");
  await page.locator(button).click();
  await loaded;
}

async function answerQuestion(page: Page): Promise<void> {
  await page.locator("form.question input[name=optionId]").first().check();
  await submit(page, "form.question button[type=submit]");
}

/** Answers and follows "Next question" until the quiz is over (the score page). */
async function answerTheRest(page: Page): Promise<void> {
  for (let step = 0; step < 4 * QUESTION_COUNT; step++) {
    if (await page.locator("form.question").count()) await answerQuestion(page);
    else if (await page.locator(".feedback a.btn").count()) {
      await page.locator(".feedback a.btn").click();
      await page.waitForLoadState("load");
    } else return;
  }
  throw new Error(`${page.url()}: still not at the end of the quiz`);
}

/** Opens the dashboard the way a teacher on a new device does: the key page first, then the key. */
async function enterInstructorKey(instructor: Page, session: ClassSession): Promise<void> {
  await instructor.goto(`/sessions/${session.sessionId}/dashboard`);
  await instructor.locator("input[name=key]").fill(session.instructorKey);
  await submit(instructor, "form[action$='/key'] button[type=submit]");
}

interface PageWeight {
  name: string;
  path: string;
  outsideGoal: string | undefined;
  requests: number;
  thirdParty: string[];
  rawBytes: number;
  gzippedBytes: number;
  articleTextGzipped: number;
}

const gzippedSize = (bytes: Buffer | string) => gzipSync(bytes).length;

function isThirdParty(url: string, baseUrl: string): boolean {
  const { protocol, origin } = new URL(url);
  return protocol !== "data:" && protocol !== "blob:" && origin !== new URL(baseUrl).origin;
}

/** Loads the page in a fresh browser context (cold cache, the cookies of `visit.as`) and weighs what came. */
async function weigh(browser: Browser, baseUrl: string, definition: PageDefinition, visit: Visit) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    storageState: visit.as ? await visit.as.context().storageState() : undefined,
  });
  try {
    const page = await context.newPage();
    const urls: string[] = [];
    const bodies: Promise<Buffer>[] = [];
    page.on("request", (request) => urls.push(request.url()));
    page.on("response", (response) => {
      const kind = response.request().resourceType();
      if (kind === "document" || kind === "stylesheet" || kind === "script") {
        bodies.push(response.body().catch(() => Buffer.alloc(0)));
      }
    });
    const response = await page.goto(visit.path, { waitUntil: "networkidle" });
    // A student without their cookie would be sent on to the join page: only the page asked for counts.
    if (response?.status() !== 200 || pathOf(page) !== visit.path) {
      throw new Error(`${definition.name}: ${visit.path} answered ${response?.status()} at ${pathOf(page)}`);
    }
    const articleText = (await page.locator(ARTICLE_TEXT).allTextContents()).join("\n");
    const loaded = await Promise.all(bodies);
    return {
      name: definition.name,
      path: visit.path,
      outsideGoal: definition.outsideGoal,
      requests: urls.length,
      thirdParty: urls.filter((url) => isThirdParty(url, baseUrl)),
      rawBytes: loaded.reduce((sum, body) => sum + body.length, 0),
      gzippedBytes: loaded.reduce((sum, body) => sum + gzippedSize(body), 0),
      articleTextGzipped: articleText ? gzippedSize(articleText) : 0,
    };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const apartFromArticle = (weight: PageWeight) => weight.gzippedBytes - weight.articleTextGzipped;

function articleShare(weight: PageWeight): string {
  if (weight.articleTextGzipped === 0) return "–";
  const percent = (100 * weight.articleTextGzipped) / weight.gzippedBytes;
  return `${kb(weight.articleTextGzipped)} (${percent.toFixed(0)} %)`;
}

function weightTable(weights: PageWeight[]): string[] {
  const rows = weights.map((weight) => {
    const name = weight.outsideGoal
      ? `${weight.name} (outside the goal: ${weight.outsideGoal})`
      : weight.name;
    return `| ${name} | ${weight.requests} | ${kb(weight.rawBytes)} | ${kb(weight.gzippedBytes)} | ${articleShare(weight)} | ${kb(apartFromArticle(weight))} | ${weight.thirdParty.length} |`;
  });
  return [
    "| page | requests | HTML+CSS+JS raw | gzipped | article text, gzipped (share) | gzipped apart from article text | third-party requests |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ];
}

const met = (ok: boolean) => (ok ? "met" : "NOT met");

/** The heaviest page and the third-party requests against the goal. */
function goalLines(weights: PageWeight[]): { lines: string[]; met: boolean } {
  const held = weights.filter((weight) => !weight.outsideGoal);
  const heaviest = held.sort((a, b) => apartFromArticle(b) - apartFromArticle(a))[0];
  if (!heaviest) return { lines: ["No page weighed."], met: false };
  const thirdParty = weights.flatMap((weight) => weight.thirdParty);
  const lightEnough = apartFromArticle(heaviest) <= GOAL_BYTES;
  const lines = [
    `Heaviest page apart from article text: ${heaviest.name}, ${kb(apartFromArticle(heaviest))} gzipped ` +
      `(goal ≤ ${kb(GOAL_BYTES)}: ${met(lightEnough)}).`,
    `Third-party requests: ${thirdParty.length} (goal: none, ${met(thirdParty.length === 0)})` +
      (thirdParty.length ? `: ${thirdParty.join(", ")}` : "."),
  ];
  return { lines, met: lightEnough && thirdParty.length === 0 };
}

const METHOD = [
  "Each page is loaded cold (a new browser context, empty cache) in Debian's Chromium against `wrangler dev`",
  "serving a build of the Worker; the HTML, CSS and JS that arrive are counted raw and gzipped (each response",
  "compressed on its own with Node's default gzip level), and every request is counted, including any to",
  "another origin. The classes are set up through the JSON API: the class of 30 has 29 students who answered",
  "all 10 questions and a 30th who joins and answers through the pages (the student rows); the class of 300",
  "has 300 students who answered everything. The article text is the words of the article a page shows (the",
  "annotated body, or the evidence paragraphs after an answer), gzipped on its own; the goal leaves it out",
  "because its size is the article's, not the app's. The stylesheet is counted on every page, although a",
  "browser fetches it once and afterwards only revalidates it.",
];
async function newPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ baseURL: baseUrl });
  return context.newPage();
}

const server = await startDevServer({ snapshot: true });
const browser = await launchChromium();
try {
  const { baseUrl } = server;
  const site: Site = {
    baseUrl,
    classOf30: await createAnsweredClass(baseUrl, "Media 9B", 29),
    player: await newPage(browser, baseUrl),
    student: await newPage(browser, baseUrl),
    instructor: await newPage(browser, baseUrl),
  };
  const weights: PageWeight[] = [];
  for (const definition of PAGES) {
    weights.push(await weigh(browser, baseUrl, definition, await definition.reach(site)));
  }
  const goal = goalLines(weights);
  const table = weightTable(weights);
  console.log([...table, "", ...goal.lines].join("\n"));
  const heading = ["## Page weight", "", `\`npm run bench:pages\`, ${describeRun()}.`, ""];
  writeReportSection("page weight", [...heading, ...METHOD, "", ...table, "", ...goal.lines].join("\n"));
  if (!goal.met) process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
