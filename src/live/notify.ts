import type { ListenerRole, SessionRoom } from "./session-room";

/** The Durable Object of a session: one per session id, wherever in the world it was first used. */
export function sessionRoom(env: Env, sessionId: string): DurableObjectStub<SessionRoom> {
  return env.SESSION_ROOM.get(env.SESSION_ROOM.idFromName(sessionId));
}

/**
 * Tells the session's room what changed, after D1 has it. A failure is logged and never fails the
 * request: D1 is the record, pages fall back to polling, and the room rebuilds itself from D1.
 */
export async function tellRoom(
  env: Env,
  sessionId: string,
  tell: (room: DurableObjectStub<SessionRoom>) => Promise<unknown>,
): Promise<void> {
  try {
    await tell(sessionRoom(env, sessionId));
  } catch (error) {
    console.error(`session room ${sessionId}:`, error);
  }
}

/** Hands a WebSocket upgrade request to the session's room, which sends the live state to `role`. */
export async function connectToRoom(
  env: Env,
  sessionId: string,
  role: ListenerRole,
  request: Request,
): Promise<Response> {
  const url = new URL("https://session-room/connect");
  url.searchParams.set("session", sessionId);
  url.searchParams.set("role", role);
  const response = await sessionRoom(env, sessionId).fetch(new Request(url, request));
  // A response from a Durable Object has immutable headers; a copy lets the app's middleware add its own.
  return new Response(response.body, {
    status: response.status,
    headers: response.headers,
    webSocket: response.webSocket,
  });
}

/** True when the request asks to become a WebSocket. */
export function isWebSocketUpgrade(request: Request): boolean {
  return request.headers.get("upgrade")?.toLowerCase() === "websocket";
}

/** The room hears of a newly stored answer. */
export function announceAnswer(
  env: Env,
  answer: { sessionId: string; participantId: string; questionId: string },
) {
  return tellRoom(env, answer.sessionId, (room) =>
    room.answerRecorded(answer.sessionId, answer.participantId, answer.questionId),
  );
}

/** The room hears of a new participant. */
export function announceJoin(env: Env, sessionId: string, participantId: string) {
  return tellRoom(env, sessionId, (room) => room.participantJoined(sessionId, participantId));
}

/** The room re-reads the session row: a question opened or revealed, the session ended or was deleted. */
export function announceSessionChange(env: Env, sessionId: string) {
  return tellRoom(env, sessionId, (room) => room.sessionChanged(sessionId));
}

/** The room recounts from D1: participants were removed with their answers. */
export function announceRemoval(env: Env, sessionId: string) {
  return tellRoom(env, sessionId, (room) => room.participantsChanged(sessionId));
}
