import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { TestBrowser } from "./helpers/http";
import {
  articleIdOf,
  buildQuestions,
  OPINION_COLUMN,
  openLibrary,
  pasteArticle,
  type StoredQuestion,
  storedQuestions,
  WIRE_REPORT,
} from "./helpers/library";

/** A library with the wire report added: its browser, the review page's path and the article's questions. */
async function reviewing(text = WIRE_REPORT) {
  const { browser } = await openLibrary();
  const path = await pasteArticle(browser, text);
  return { browser, path, articleId: articleIdOf(path), questions: await storedQuestions(articleIdOf(path)) };
}

/** The edit form's fields for a question as it stands, with `change` applied. */
function editFields(row: StoredQuestion, change: Partial<Record<string, string | string[]>> = {}) {
  const { question } = row;
  return {
    action: "edit",
    editor: "Ms Osei",
    prompt: question.prompt,
    options: question.options.map((option) => option.text),
    correct: [question.correctOptionId],
    explanation: question.explanation,
    evidence: question.evidence.map((span) => span.text),
    ...change,
  };
}

function post(
  browser: TestBrowser,
  path: string,
  row: StoredQuestion,
  fields: Record<string, string | string[]>,
) {
  return browser.postForm(`${path}/questions/${encodeURIComponent(row.id)}`, fields);
}

async function edits(articleId: string) {
  const { results } = await env.DB.prepare(
    "select question_id, editor, action, changes from library_edits where article_id = ? order by id",
  )
    .bind(articleId)
    .all<{ question_id: string | null; editor: string; action: string; changes: string | null }>();
  return results;
}

describe("reviewing questions", () => {
  it("keeps and drops questions, each logged with who did it", async () => {
    const { browser, path, articleId, questions } = await reviewing();
    const [first, second] = questions;
    if (!first || !second) throw new Error("too few questions");
    expect((await post(browser, path, first, { action: "keep", editor: "Ms Osei" })).status).toBe(303);
    expect((await post(browser, path, second, { action: "drop", editor: "" })).status).toBe(303);
    const after = await storedQuestions(articleId);
    expect(after.map((row) => row.status).slice(0, 2)).toEqual(["kept", "dropped"]);
    expect(await edits(articleId)).toEqual([
      { question_id: first.id, editor: "Ms Osei", action: "keep", changes: null },
      { question_id: second.id, editor: "teacher", action: "drop", changes: null },
    ]);
    expect(await (await browser.get(path)).text()).toContain("Questions (1 kept)");
  });

  it("saves an edit of prompt, options, key and explanation, keeps the question, and logs each change", async () => {
    const { browser, path, articleId, questions } = await reviewing();
    const row = questions.find((item) => item.question.kind === "claim-source");
    if (!row) throw new Error("no claim-source question");
    const options = row.question.options.map((option) => option.text);
    const newKey = options.findIndex(
      (_, index) => row.question.options[index]?.id !== row.question.correctOptionId,
    );
    const response = await post(
      browser,
      path,
      row,
      editFields(row, {
        prompt: "Who says so, according to the article?",
        options: [...options.slice(0, 4), "Coastline Press Agency"].map((text, index) =>
          index === newKey ? `${text} (edited)` : text,
        ),
        correct: [String.fromCharCode(97 + newKey)],
        explanation: "Read who the sentence names.",
      }),
    );
    expect(response.status).toBe(303);
    const saved = (await storedQuestions(articleId)).find((item) => item.id === row.id);
    expect(saved?.status).toBe("kept");
    expect(saved?.edited).toBe(1);
    expect(saved?.question.prompt).toBe("Who says so, according to the article?");
    expect(
      saved?.question.options.find((option) => option.id === saved.question.correctOptionId)?.text,
    ).toMatch(/ \(edited\)$/);
    expect(saved?.question.evidence).toEqual(row.question.evidence);
    const [log] = await edits(articleId);
    expect(log?.action).toBe("edit");
    expect(Object.keys(JSON.parse(log?.changes ?? "{}")).sort()).toEqual([
      "correctOptionId",
      "explanation",
      "options",
      "prompt",
    ]);
  });

  it("re-anchors edited evidence to the article's words, wherever they are", async () => {
    const { browser, path, articleId, questions } = await reviewing();
    const [row] = questions;
    if (!row) throw new Error("no question");
    const quote = "Inchmore Council said 40 island businesses had reported losses";
    const response = await post(browser, path, row, editFields(row, { evidence: [quote, ""] }));
    expect(response.status).toBe(303);
    const saved = (await storedQuestions(articleId)).find((item) => item.id === row.id);
    const [span] = saved?.question.evidence ?? [];
    expect(span?.text).toBe(quote);
    expect(WIRE_REPORT.indexOf(quote)).toBeGreaterThan(0);
    const text = await env.DB.prepare("select text from library_articles where id = ?")
      .bind(articleId)
      .first<{ text: string }>();
    expect(text?.text.slice(span?.start, span?.end)).toBe(quote);
  });

  const refusals: [string, (row: StoredQuestion) => Record<string, string | string[]>, RegExp][] = [
    ["no option marked correct", (row) => editFields(row, { correct: [] }), /No option is marked correct/],
    ["two options marked correct", (row) => editFields(row, { correct: ["a", "b"] }), /More than one option/],
    [
      "the correct option emptied",
      (row) =>
        editFields(row, {
          options: row.question.options.map((option) =>
            option.id === row.question.correctOptionId ? "" : option.text,
          ),
        }),
      /option marked correct is empty/,
    ],
    [
      "two options that say the same thing",
      (row) => editFields(row, { options: row.question.options.map(() => "Same answer") }),
      /Two options say the same thing/,
    ],
    [
      "evidence that is not in the article",
      (row) => editFields(row, { evidence: ["The ferries will be free for island residents"] }),
      /is not in the article(&#39;|')s text/,
    ],
    [
      "no evidence at all",
      (row) => editFields(row, { evidence: ["", ""] }),
      /at least one piece of evidence/,
    ],
    ["an empty prompt", (row) => editFields(row, { prompt: "   " }), /prompt is empty/],
  ];

  it.each(refusals)("refuses an edit with %s, says why, and changes nothing", async (_, fields, message) => {
    const { browser, path, articleId, questions } = await reviewing();
    const row = questions.find((item) => item.question.options.length >= 3);
    if (!row) throw new Error("no question with three options");
    const response = await post(browser, path, row, fields(row));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(message);
    expect(html).toContain(`id="error-${row.id}"`);
    const after = (await storedQuestions(articleId)).find((item) => item.id === row.id);
    expect(after).toEqual(row);
    expect(await edits(articleId)).toEqual([]);
  });

  it("opens only the edit form asked for, and the form of a refused edit with its message", async () => {
    const { browser, path, questions } = await reviewing();
    const [first, second] = questions;
    if (!first || !second) throw new Error("too few questions");
    // A form per question made a long article's page cost more CPU than a request may spend (cpu helper).
    const closed = await (await browser.get(path)).text();
    expect(closed).not.toContain('name="prompt"');
    expect(closed).toContain(
      `href="${path}?edit=${encodeURIComponent(first.id)}#${encodeURIComponent(first.id)}"`,
    );
    const open = await (await browser.get(`${path}?edit=${encodeURIComponent(second.id)}`)).text();
    expect(open.match(/name="prompt"/g)?.length).toBe(1);
    expect(open).toContain(`id="prompt-${second.id}"`);
    const refused = await (await post(browser, path, first, editFields(first, { prompt: " " }))).text();
    expect(refused.match(/name="prompt"/g)?.length).toBe(1);
    expect(refused).toContain(`aria-describedby="error-${first.id}"`);
  });

  it("refuses hostile review input: an unknown action, a question of another article, oversized fields", async () => {
    const { browser, path, questions } = await reviewing();
    const [row] = questions;
    if (!row) throw new Error("no question");
    expect((await post(browser, path, row, { action: "delete-everything" })).status).toBe(400);
    expect((await post(browser, path, row, editFields(row, { prompt: "x".repeat(5000) }))).status).toBe(400);
    const unknown = await browser.postForm(`${path}/questions/no-such-question`, { action: "keep" });
    expect(unknown.status).toBe(404);
  });
});

describe("analysing again after an engine upgrade", () => {
  it("is an explicit action that keeps reviewed questions as they were and replaces only those still to review", async () => {
    const { browser, path, articleId, questions } = await reviewing(OPINION_COLUMN);
    const [kept, edited, dropped] = questions;
    if (!kept || !edited || !dropped) throw new Error("too few questions");
    await post(browser, path, kept, { action: "keep" });
    await post(browser, path, edited, editFields(edited, { explanation: "Our own explanation." }));
    await post(browser, path, dropped, { action: "drop" });
    // As if an older engine had built them: the stored version and the pending questions differ from today's.
    await env.DB.batch([
      env.DB.prepare("update library_articles set engine_version = 'questions-0.old' where id = ?").bind(
        articleId,
      ),
      env.DB.prepare(
        "update library_questions set question = json_set(question, '$.prompt', 'Old engine prompt') where article_id = ? and status = 'pending'",
      ).bind(articleId),
    ]);
    const before = await storedQuestions(articleId);
    const page = await (await browser.get(path)).text();
    expect(page).toContain("questions-0.old");
    const response = await browser.postForm(`${path}/reanalyse`, { editor: "Ms Osei" });
    expect(response.status).toBe(303);
    // The questions are built again by the next request for the page, which says what it kept and added.
    const shown = await buildQuestions(browser, TestBrowser.location(response));
    expect(decodeURIComponent(shown)).toMatch(
      /: 3 reviewed questions kept as they were, \d+ questions to review\.$/,
    );
    const after = await storedQuestions(articleId);
    for (const row of before.filter((item) => item.status !== "pending")) {
      expect(after.find((item) => item.id === row.id)).toEqual(row);
    }
    expect(after.some((row) => row.question.prompt === "Old engine prompt")).toBe(false);
    expect(after.filter((row) => row.status === "pending").length).toBeGreaterThan(0);
    const version = await env.DB.prepare("select engine_version from library_articles where id = ?")
      .bind(articleId)
      .first<{ engine_version: string }>();
    expect(version?.engine_version).not.toBe("questions-0.old");
    expect((await edits(articleId)).at(-1)).toMatchObject({ action: "reanalyse", editor: "Ms Osei" });
  });
});
