/**
 * Instructor-paced classes for the load benchmark: each class's instructor opens a question, the students
 * see it (by polling the status every 3 s, or by a pushed WebSocket message), answer within a few seconds,
 * the instructor reveals it, and so on to the last question. Measures the time from "open next question"
 * to each student seeing it, and the D1 statements the class costs per minute, with polling and with push.
 */
import { nextTeacherAddress } from "./dev-server";
import { inPool } from "./in-pool";

export type Delivery = "poll" | "push";

export interface PacedPlan {
  classes: number;
  studentsPerClass: number;
  questions: number;
  /** Seconds a question stays open before the instructor reveals it. */
  openSeconds: number;
}

/**
 * D1 statements each request runs, read from its code path (a batch counts each of its statements). The
 * benchmark counts the requests; this table turns them into statements. The server is the same in both
 * runs: only the pages' way of hearing about changes differs.
 */
export const STATEMENTS: Record<string, number> = {
  // sessionByJoinCode: for a right code, the session and the client's wrong codes in one statement
  // (a wrong code costs three more; docs/limits.md)
  "student status poll": 1,
  // participant with session and last answer; insert answer + mark finished (one batch). The room counts
  // the answer in memory: no statement.
  "answer POST": 3,
  // instructorOnly's session read, the update, and the room re-reading the session row
  "next / reveal / end POST": 3,
  // instructorOnly's session read; participants + answers (one batch)
  "dashboard refresh": 3,
  // sessionByJoinCode (as for a status poll) before the room takes the socket
  "student socket connect": 1,
  // instructorOnly's session read before the room takes the socket
  "dashboard socket connect": 1,
  // a room's first call: session, participants, answers (one batch); again after each eviction
  "room rebuild": 3,
};

export interface PacedResult {
  delivery: Delivery;
  plan: PacedPlan;
  /** Milliseconds from the instructor's POST /next being sent to each student seeing the question. */
  latencies: number[];
  /** Students who never saw a question they should have (a bug or a dropped socket). */
  missed: number;
  requests: Record<string, number>;
  statements: number;
  /** Wall-clock minutes from the first question opened to the last session ended. */
  minutes: number;
  errors: { what: string; status: number; body: string }[];
}

interface Student {
  joinCode: string;
  token: string;
  questionIds: string[];
  optionIds: string[][];
}

interface Session {
  sessionId: string;
  joinCode: string;
  instructorKey: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (ms: number) => Math.random() * ms;

/** Runs the plan against the server at baseUrl, with students seeing each question by `delivery`. */
export async function runPacedClasses(
  baseUrl: string,
  plan: PacedPlan,
  delivery: Delivery,
): Promise<PacedResult> {
  const requests: Record<string, number> = {};
  const errors: PacedResult["errors"] = [];
  const count = (what: string) => {
    requests[what] = (requests[what] ?? 0) + 1;
  };
  const send = async (what: string, url: string, init?: RequestInit) => {
    count(what);
    const response = await fetch(url, init).catch(() => undefined);
    const text = response ? await response.text() : "";
    if (!response || response.status >= 400) {
      if (errors.length < 20) errors.push({ what, status: response?.status ?? 0, body: text.slice(0, 200) });
    }
    return { status: response?.status ?? 0, text };
  };

  const sessions = await setUpClasses(baseUrl, plan);
  const students = new Map<string, Student[]>();
  await inPool(
    sessions.flatMap((session) =>
      Array.from({ length: plan.studentsPerClass }, (_, index) => ({ session, index })),
    ),
    32,
    async ({ session, index }) => {
      const joined = await fetch(
        `${baseUrl}/api/sessions/${session.joinCode}/join`,
        json({ nickname: `S${index + 1}` }),
      );
      const body = (await joined.json()) as {
        participantToken: string;
        questions: { id: string; options: { id: string }[] }[];
      };
      const list = students.get(session.joinCode) ?? [];
      list.push({
        joinCode: session.joinCode,
        token: body.participantToken,
        questionIds: body.questions.map((question) => question.id),
        optionIds: body.questions.map((question) => question.options.map((option) => option.id)),
      });
      students.set(session.joinCode, list);
    },
  );

  /** When each class opened each question (ms, performance.now()), and each student's first sight of it. */
  const openedAt = new Map<string, number[]>();
  const seen = new Map<string, number>();
  const latencies: number[] = [];
  let done = false;
  const stoppers: (() => void)[] = [];

  const sawOpenCount = (student: Student, index: number, openCount: number) => {
    const opened = openedAt.get(student.joinCode) ?? [];
    for (let position = 1; position <= openCount; position++) {
      const key = `${student.token}:${position}`;
      const at = opened[position - 1];
      if (seen.has(key) || at === undefined) continue;
      const now = performance.now();
      seen.set(key, now);
      latencies.push(now - at);
      // The student answers while the question is open: 2 s to openSeconds − 2 s after it opened, or half
      // a second after seeing it if a slow poll showed it late (a late answer would be refused with 409).
      const questionId = student.questionIds[position - 1];
      const optionId = student.optionIds[position - 1]?.[index % 3];
      if (questionId && optionId) {
        const answerAt = at + 2000 + jitter((plan.openSeconds - 4) * 1000);
        setTimeout(
          () =>
            void send(
              "answer POST",
              `${baseUrl}/api/sessions/${student.joinCode}/answers`,
              json({ participantToken: student.token, questionId, optionId }),
            ),
          Math.max(500, answerAt - now),
        );
      }
    }
  };

  for (const session of sessions) {
    const list = students.get(session.joinCode) ?? [];
    for (const [index, student] of list.entries()) {
      if (delivery === "poll")
        stoppers.push(pollStatus(baseUrl, student, index, send, sawOpenCount, () => done));
      else stoppers.push(await listen(baseUrl, student, index, count, sawOpenCount));
    }
    stoppers.push(
      delivery === "poll"
        ? pollDashboard(baseUrl, session, send, () => done)
        : await listenAsDashboard(baseUrl, session, send, count),
    );
  }
  // Each class's room is built once, on the first join it hears of (nothing evicts it during the run).
  requests["room rebuild"] = sessions.length;

  const started = performance.now();
  await Promise.all(
    sessions.map(async (session) => {
      await sleep(jitter(3000));
      const auth = { authorization: `Bearer ${session.instructorKey}` };
      const opened: number[] = [];
      openedAt.set(session.joinCode, opened);
      for (let position = 1; position <= plan.questions; position++) {
        opened.push(performance.now());
        await send("next / reveal / end POST", `${baseUrl}/sessions/${session.sessionId}/next`, {
          method: "POST",
          headers: auth,
        });
        await sleep(plan.openSeconds * 1000);
        await send("next / reveal / end POST", `${baseUrl}/sessions/${session.sessionId}/reveal`, {
          method: "POST",
          headers: auth,
        });
        await sleep(2000);
      }
      await send("next / reveal / end POST", `${baseUrl}/sessions/${session.sessionId}/end`, {
        method: "POST",
        headers: auth,
      });
    }),
  );
  const minutes = (performance.now() - started) / 60_000;
  done = true;
  for (const stop of stoppers) stop();
  await sleep(500);

  const expected = sessions.length * plan.studentsPerClass * plan.questions;
  const statements = Object.entries(requests).reduce(
    (sum, [what, n]) => sum + n * (STATEMENTS[what] ?? 0),
    0,
  );
  return { delivery, plan, latencies, missed: expected - seen.size, requests, statements, minutes, errors };
}

function json(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  };
}

async function setUpClasses(baseUrl: string, plan: PacedPlan): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let index = 0; index < plan.classes; index++) {
    const response = await fetch(
      `${baseUrl}/api/sessions`,
      json(
        { title: `Paced ${index + 1}`, questionCount: plan.questions, pacing: "instructor" },
        { "cf-connecting-ip": nextTeacherAddress() },
      ),
    );
    if (response.status !== 201) throw new Error(`could not create a class: ${await response.text()}`);
    sessions.push((await response.json()) as Session);
  }
  return sessions;
}

type Send = (what: string, url: string, init?: RequestInit) => Promise<{ status: number; text: string }>;

/** What a waiting student's page does without pushed updates: GET status every 3 s. */
function pollStatus(
  baseUrl: string,
  student: Student,
  index: number,
  send: Send,
  saw: (student: Student, index: number, openCount: number) => void,
  isDone: () => boolean,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (isDone()) return;
    const reply = await send("student status poll", `${baseUrl}/api/sessions/${student.joinCode}/status`);
    try {
      saw(student, index, (JSON.parse(reply.text) as { openCount: number }).openCount);
    } catch {
      // counted as an error by send
    }
    timer = setTimeout(tick, 3000);
  };
  // Pages were loaded at different moments: each student's 3-second rhythm starts somewhere else.
  timer = setTimeout(tick, jitter(3000));
  return () => clearTimeout(timer);
}

/** What a waiting student's page does with pushed updates: one WebSocket, a message when the stage changes. */
function listen(
  baseUrl: string,
  student: Student,
  index: number,
  count: (what: string) => void,
  saw: (student: Student, index: number, openCount: number) => void,
): Promise<() => void> {
  count("student socket connect");
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/sessions/${student.joinCode}/socket`);
  socket.addEventListener("message", (event) => {
    saw(student, index, (JSON.parse(String(event.data)) as { openCount: number }).openCount);
  });
  return new Promise((resolve, reject) => {
    socket.addEventListener("open", () => resolve(() => socket.close()));
    socket.addEventListener("error", () => reject(new Error("a student's socket did not open")));
  });
}

/** The dashboard without pushed updates: its live figures every 5 s. */
function pollDashboard(baseUrl: string, session: Session, send: Send, isDone: () => boolean): () => void {
  const timer = setInterval(() => {
    if (!isDone()) {
      void send("dashboard refresh", `${baseUrl}/sessions/${session.sessionId}/live`, {
        headers: { authorization: `Bearer ${session.instructorKey}` },
      });
    }
  }, 5000);
  return () => clearInterval(timer);
}

/** The dashboard with pushed updates: re-reads its figures at most every 2 s after a change (as app.js does). */
async function listenAsDashboard(
  baseUrl: string,
  session: Session,
  send: Send,
  count: (what: string) => void,
): Promise<() => void> {
  count("dashboard socket connect");
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/sessions/${session.sessionId}/socket`, {
    headers: { authorization: `Bearer ${session.instructorKey}` },
  } as unknown as string[]);
  let first = true;
  let scheduled = false;
  socket.addEventListener("message", () => {
    if (first) {
      first = false;
      return;
    }
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      void send("dashboard refresh", `${baseUrl}/sessions/${session.sessionId}/live`, {
        headers: { authorization: `Bearer ${session.instructorKey}` },
      });
    }, 2000);
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve);
    socket.addEventListener("error", () => reject(new Error("the dashboard's socket did not open")));
  });
  return () => socket.close();
}
