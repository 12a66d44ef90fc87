import { type Context, Hono } from "hono";
import { z } from "zod";
import { createDb } from "../db/client";
import { validate } from "../http/validate";
import { findQuestions } from "../quiz/question-bank";
import { createSession } from "./create-session";
import { toCsv, UTF8_BOM } from "./csv-export";
import { exportDocument, exportFilename, longRows, wideRows } from "./export-tables";
import { requireInstructor } from "./instructor-auth";
import { loadSessionRows } from "./queries";
import { sessionSettingsSchema } from "./session-settings";

const sessionParam = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "A session id is 16 letters, digits, - or _."),
});

const csvQuery = z.object({
  format: z
    .enum(["wide", "long"], {
      error: 'format is "wide" (one row per student) or "long" (one row per answer).',
    })
    .default("wide"),
});

/** The instructor's JSON API: create a session; export its scores with the instructor key. */
export const instructorApi = new Hono<{ Bindings: Env }>();

instructorApi.post("/api/sessions", validate("json", sessionSettingsSchema), async (c) => {
  const { session, instructorKey } = await createSession(createDb(c.env.DB), c.req.valid("json"), new Date());
  const origin = new URL(c.req.url).origin;
  return c.json(
    {
      sessionId: session.id,
      joinCode: session.joinCode,
      instructorKey,
      joinUrl: `${origin}/join/${session.joinCode}`,
      dashboardUrl: `${origin}/sessions/${session.id}/dashboard`,
      questionCount: session.questionIds.length,
    },
    201,
  );
});

instructorApi.get(
  "/api/sessions/:sessionId/export.csv",
  validate("param", sessionParam),
  validate("query", csvQuery),
  async (c) => {
    const input = await loadExport(c, c.req.valid("param").sessionId);
    const { format } = c.req.valid("query");
    const rows = format === "wide" ? wideRows(input) : longRows(input);
    const filename = exportFilename(input.session.title, input.session.createdAt, format, "csv");
    return download(c, UTF8_BOM + toCsv(rows), "text/csv; charset=utf-8; header=present", filename);
  },
);

instructorApi.get("/api/sessions/:sessionId/export.json", validate("param", sessionParam), async (c) => {
  const input = await loadExport(c, c.req.valid("param").sessionId);
  const filename = exportFilename(input.session.title, input.session.createdAt, "", "json");
  return download(
    c,
    JSON.stringify(exportDocument(input), null, 2),
    "application/json; charset=utf-8",
    filename,
  );
});

async function loadExport(c: Context<{ Bindings: Env }>, sessionId: string) {
  const db = createDb(c.env.DB);
  const session = await requireInstructor(c, db, sessionId);
  const rows = await loadSessionRows(db, session.id);
  return { session, questions: findQuestions(session.questionIds), ...rows };
}

function download(c: Context, body: string, contentType: string, filename: string): Response {
  return c.body(body, 200, {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "no-store",
  });
}
