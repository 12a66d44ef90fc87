import type { Context } from "hono";
import { z } from "zod";
import { createRouter, valueOrThrow } from "../http/app";
import { countAgainstLimit } from "../http/rate-limit";
import { validate } from "../http/validate";
import { currentLibrary } from "../library/library-auth";
import { createSessionWithLibrary } from "../library/session-pool";
import { findQuestions } from "../quiz/question-bank";
import { sessionSettingsSchema } from "../sessions/session-settings";
import { toCsv, UTF8_BOM } from "./csv-export";
import { exportDocument, exportFilename, longRows, wideRows } from "./export-tables";
import { type InstructorEnv, instructorOnly } from "./instructor-auth";
import { loadSessionRows } from "./queries";

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

/** The instructor's JSON API under /api/sessions: create a session; export its scores with the instructor key. */
export const instructorApi = createRouter();

instructorApi.post("/", validate("json", sessionSettingsSchema), async (c) => {
  await countAgainstLimit(c, "SESSION_LIMITER");
  // Library articles are used with the library key (Authorization: Bearer <libraryKey>, or the cookie).
  const library = await currentLibrary(c, c.var.db);
  const { session, instructorKey } = valueOrThrow(
    await createSessionWithLibrary(c.var.db, library, c.req.valid("json"), new Date()),
  );
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
  "/:sessionId/export.csv",
  validate("param", sessionParam),
  validate("query", csvQuery),
  instructorOnly(),
  async (c) => {
    const input = await loadExport(c);
    const { format } = c.req.valid("query");
    const rows = format === "wide" ? wideRows(input) : longRows(input);
    const filename = exportFilename(input.session.title, input.session.createdAt, format, "csv");
    return download(c, UTF8_BOM + toCsv(rows), "text/csv; charset=utf-8; header=present", filename);
  },
);

instructorApi.get("/:sessionId/export.json", validate("param", sessionParam), instructorOnly(), async (c) => {
  const input = await loadExport(c);
  const filename = exportFilename(input.session.title, input.session.createdAt, "", "json");
  return download(
    c,
    JSON.stringify(exportDocument(input), null, 2),
    "application/json; charset=utf-8",
    filename,
  );
});

async function loadExport(c: Context<InstructorEnv>) {
  const { db, session } = c.var;
  const rows = await loadSessionRows(db, session.id);
  return { session, questions: await findQuestions(db, session.questionIds), ...rows };
}

function download(c: Context, body: string, contentType: string, filename: string): Response {
  return c.body(body, 200, {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "no-store",
  });
}
