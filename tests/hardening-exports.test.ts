import { describe, expect, it } from "vitest";
import { parseCsv } from "./helpers/csv";
import { call, postJson } from "./helpers/http";
import { type CreatedSession, createSession, joinStudent } from "./helpers/sessions";

const TRICKY_NICKNAMES = [";=1+1;", "Sam;+SUM(A1)", "Kim, @cmd", 'Lee;"=2"'];

async function exportCsv(session: CreatedSession, format: "wide" | "long"): Promise<string> {
  const response = await call(`/api/sessions/${session.sessionId}/export.csv?format=${format}`, {
    headers: { authorization: `Bearer ${session.instructorKey}` },
  });
  expect(response.status).toBe(200);
  return (await response.text()).replace(/^\uFEFF/, "");
}

/**
 * The pieces a spreadsheet gets when it splits a line on `separator` and ignores quoting, each with the
 * spaces and double quotes in front of it dropped (what a lenient reader does).
 */
function naivePieces(csv: string, separator: string): string[] {
  return csv
    .split(/\r\n/)
    .flatMap((line) => line.split(separator).map((piece) => piece.replace(/^[ "]+/, "")));
}

describe("CSV exports against spreadsheet formulas (issue 10, item 7)", () => {
  it("quotes a nickname holding ; and neutralises the formula after it, read as RFC 4180 or split on ;", async () => {
    const session = await createSession({ questionCount: 2 });
    for (const nickname of TRICKY_NICKNAMES) await joinStudent(session.joinCode, nickname);
    const csv = await exportCsv(session, "wide");

    expect(csv).toContain(`";'=1+1;"`);
    const nicknames = parseCsv(csv)
      .slice(1)
      .map((row) => row[0]);
    expect(nicknames).toEqual([";'=1+1;", "Sam;'+SUM(A1)", "Kim, '@cmd", `Lee;"'=2"`]);
    for (const separator of [";", ",", "\t"]) {
      for (const piece of naivePieces(csv, separator)) {
        expect(piece, `split on ${JSON.stringify(separator)}`).not.toMatch(/^[=+\-@]/);
      }
    }
  });

  it("does the same in the long export", async () => {
    const session = await createSession({ questionCount: 1 });
    const student = await joinStudent(session.joinCode, ";=1+1;");
    const question = student.questions[0];
    await postJson(`/api/sessions/${session.joinCode}/answers`, {
      participantToken: student.participantToken,
      questionId: question?.id,
      optionId: question?.options[0]?.id,
    });
    const csv = await exportCsv(session, "long");
    expect(parseCsv(csv)[1]?.[0]).toBe(";'=1+1;");
    for (const piece of naivePieces(csv, ";")) expect(piece).not.toMatch(/^[=+\-@]/);
  });
});

describe("nicknames that look alike (issue 10, item 7)", () => {
  it("refuses 'Bοb' with a Greek omicron beside 'Bob' with 409 and a clear message", async () => {
    const session = await createSession();
    await joinStudent(session.joinCode, "Bob");
    const response = await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: "B\u03bfb" });
    expect(response.status).toBe(409);
    const { error } = (await response.json()) as { error: string };
    expect(error).toBe(
      '"B\u03bfb" looks the same as "Bob", who has already joined. Choose another nickname, or enter your rejoin PIN if it is you on another device.',
    );
  });

  it("refuses Cyrillic and full-width look-alikes and invisible fillers too, but lets different names in", async () => {
    const session = await createSession();
    await joinStudent(session.joinCode, "Olga Pace");
    for (const lookAlike of ["\u041elga \u0420ace", "\uff2flga Pace", "OLGA PACE", "Olga Pace\u3164"]) {
      const response = await postJson(`/api/sessions/${session.joinCode}/join`, { nickname: lookAlike });
      expect(response.status, JSON.stringify(lookAlike)).toBe(409);
    }
    await joinStudent(session.joinCode, "Olga Pace 2");
    await joinStudent(session.joinCode, "\u041e\u043b\u044c\u0433\u0430");
  });
});
