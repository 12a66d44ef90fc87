/**
 * Load benchmark through the JSON API against `wrangler dev` with a fresh local D1:
 * run 1 — 300 students join one session; run 2 — 30 sessions of 10 students. Each student answers
 * 10 questions, many at once, with some double submissions. Prints p50/p95/p99 latency and errors per
 * endpoint next to a bare route, checks D1 for exactly one answer row per participant and question,
 * and writes the figures into docs/performance.md.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem, type } from "node:os";
import { queryLocalD1, startDevServer } from "./lib/dev-server";

const CONCURRENCY = 64;
const QUESTIONS_PER_STUDENT = 10;
const DOUBLE_SUBMISSION_EVERY = 7;

interface Sample {
  endpoint: string;
  ms: number;
  status: number;
}

interface JoinedStudent {
  joinCode: string;
  participantToken: string;
  questions: { id: string; options: { id: string }[] }[];
}

class Recorder {
  readonly samples: Sample[] = [];

  async timed(endpoint: string, url: string, init?: RequestInit): Promise<Response> {
    const started = performance.now();
    const response = await fetch(url, init);
    await response.arrayBuffer().catch(() => undefined);
    this.samples.push({ endpoint, ms: performance.now() - started, status: response.status });
    return response;
  }

  async json<T>(endpoint: string, url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
    const started = performance.now();
    const response = await fetch(url, init);
    const body = (await response.json().catch(() => ({}))) as T;
    this.samples.push({ endpoint, ms: performance.now() - started, status: response.status });
    return { status: response.status, body };
  }
}

function postJson(body: unknown): RequestInit {
  return { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  });
  await Promise.all(workers);
}

async function createSession(recorder: Recorder, baseUrl: string, title: string): Promise<string> {
  const { status, body } = await recorder.json<{ joinCode?: string; error?: string }>(
    "POST /api/sessions",
    `${baseUrl}/api/sessions`,
    postJson({ title, questionCount: QUESTIONS_PER_STUDENT }),
  );
  if (status !== 201 || !body.joinCode)
    throw new Error(`could not create a session: ${status} ${body.error}`);
  return body.joinCode;
}

async function joinAndAnswer(recorder: Recorder, baseUrl: string, joinCode: string, nickname: string) {
  const joined = await recorder.json<Partial<JoinedStudent>>(
    "POST /api/sessions/:joinCode/join",
    `${baseUrl}/api/sessions/${joinCode}/join`,
    postJson({ nickname }),
  );
  if (joined.status !== 201 || !joined.body.participantToken || !joined.body.questions) return;
  const { participantToken, questions } = joined.body;
  for (const [index, question] of questions.entries()) {
    const answer = postJson({ participantToken, questionId: question.id, optionId: question.options[0]?.id });
    const url = `${baseUrl}/api/sessions/${joinCode}/answers`;
    const bare = recorder.timed("GET /api/health (bare)", `${baseUrl}/api/health`);
    const sends = [recorder.timed("POST /api/sessions/:joinCode/answers", url, answer)];
    if (index % DOUBLE_SUBMISSION_EVERY === 0) {
      sends.push(recorder.timed("POST …/answers (double submission)", url, answer));
    }
    await Promise.all([...sends, bare]);
  }
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

interface EndpointFigures {
  endpoint: string;
  count: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** A double submission is expected to answer 200 (when it lands first) or 409; only other codes are errors. */
function summarise(samples: Sample[]): EndpointFigures[] {
  const endpoints = [...new Set(samples.map((sample) => sample.endpoint))];
  return endpoints.map((endpoint) => {
    const own = samples.filter((sample) => sample.endpoint === endpoint);
    const times = own.map((sample) => sample.ms).sort((a, b) => a - b);
    const isError = (status: number) =>
      endpoint.includes("double") || endpoint.endsWith("/answers")
        ? status !== 200 && status !== 409
        : status >= 400;
    return {
      endpoint,
      count: own.length,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      p99: percentile(times, 0.99),
      errors: own.filter((sample) => isError(sample.status)).length,
    };
  });
}

function table(figures: EndpointFigures[]): string {
  const rows = figures.map(
    (row) =>
      `| ${row.endpoint} | ${row.count} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.errors} |`,
  );
  return [
    "| endpoint | requests | p50 ms | p95 ms | p99 ms | errors |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

interface AnswerRowCheck {
  rows: number;
  pairs: number;
  participants: number;
}

function checkAnswerRows(persistTo: string): AnswerRowCheck {
  const [counts] = queryLocalD1<AnswerRowCheck>(
    persistTo,
    "select count(*) as rows, count(distinct participant_id || '|' || question_id) as pairs, (select count(*) from participants) as participants from answers",
  );
  return counts ?? { rows: 0, pairs: 0, participants: 0 };
}

async function runScenario(name: string, sessions: number, studentsPerSession: number) {
  const server = await startDevServer();
  try {
    const recorder = new Recorder();
    const joinCodes: string[] = [];
    for (let index = 0; index < sessions; index++) {
      joinCodes.push(await createSession(recorder, server.baseUrl, `${name} ${index + 1}`));
    }
    const students = joinCodes.flatMap((joinCode) =>
      Array.from({ length: studentsPerSession }, (_, index) => ({
        joinCode,
        nickname: `Student ${index + 1}`,
      })),
    );
    const started = performance.now();
    await inPool(students, CONCURRENCY, (student) =>
      joinAndAnswer(recorder, server.baseUrl, student.joinCode, student.nickname),
    );
    const seconds = (performance.now() - started) / 1000;
    const figures = summarise(recorder.samples);
    const check = checkAnswerRows(server.persistTo);
    return { name, seconds, figures, check, expectedRows: students.length * QUESTIONS_PER_STUDENT };
  } finally {
    await server.stop();
  }
}

function ratio(figures: EndpointFigures[]): string {
  const answer = figures.find((row) => row.endpoint === "POST /api/sessions/:joinCode/answers");
  const bare = figures.find((row) => row.endpoint.startsWith("GET /api/health"));
  if (!answer || !bare) return "n/a";
  return `p50 ${(answer.p50 / bare.p50).toFixed(2)}×, p95 ${(answer.p95 / bare.p95).toFixed(2)}×`;
}

const runs = [
  await runScenario("One class of 300", 1, 300),
  await runScenario("Thirty classes of 10", 30, 10),
];

const machine = `${type()} · ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const sections = runs.map((run) => {
  const { rows, pairs, participants } = run.check;
  const verdict = rows === run.expectedRows && pairs === rows ? "OK" : "MISMATCH";
  return [
    `### ${run.name}`,
    "",
    `${participants} participants, ${run.seconds.toFixed(1)} s, ${CONCURRENCY} students in flight.`,
    "",
    table(run.figures),
    "",
    `Answer POST vs bare route: ${ratio(run.figures)} (goal ≤ 1.5×).`,
    "",
    `D1 check: ${rows} answer rows, ${pairs} distinct (participant, question) pairs, ${run.expectedRows} expected — ${verdict}.`,
  ].join("\n");
});
const report = [
  "# Performance",
  "",
  `Load benchmark (\`npm run bench:load\`), ${new Date().toISOString().slice(0, 10)}, on ${machine}.`,
  "Against `wrangler dev` with a fresh local D1 (SQLite under a temporary folder), through the JSON API;",
  `each student answers ${QUESTIONS_PER_STUDENT} questions, every ${DOUBLE_SUBMISSION_EVERY}th answer is sent twice at once.`,
  "A double submission answers 200 or 409 (first answer kept); any other status counts as an error.",
  "",
  ...sections,
  "",
].join("\n");
writeFileSync("docs/performance.md", report);
console.log(report);
if (runs.some((run) => run.check.rows !== run.expectedRows || run.check.pairs !== run.check.rows))
  process.exitCode = 1;
