import { DurableObject } from "cloudflare:workers";
import { createDb } from "../db/client";
import { type LiveState, liveState, studentView } from "./live-state";
import { findRoomSession, loadRoomRows, type RoomSession } from "./queries";

/** Who is listening on a socket: instructors get the counts, students only the stage. */
export type ListenerRole = "instructor" | "student";

/** What the room keeps in memory; lost on eviction and rebuilt from D1, which holds every answer. */
interface RoomState {
  session: RoomSession;
  participantIds: Set<string>;
  /** question id → the participants who answered it: answers are counted once however often they are reported. */
  answered: Map<string, Set<string>>;
}

/**
 * The Durable Object of one live session (named by the session id). The Worker tells it what changed after
 * writing D1 (a question opened or revealed, an answer, a join); it pushes the new live state to every
 * socket of the session. Sockets use the hibernation API, so an idle room costs no duration and keeps its
 * sockets open; after hibernation or eviction the next call rebuilds the state from D1.
 * https://developers.cloudflare.com/durable-objects/best-practices/websockets/
 */
export class SessionRoom extends DurableObject<Env> {
  private state: RoomState | undefined;
  /** The last state each role was sent, so students hear only of stage changes, not of every answer. */
  private lastSent = new Map<ListenerRole, string>();

  /** Accepts a WebSocket for the session in `?session=` as `?role=`, and sends it the current state. */
  override async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const sessionId = url.searchParams.get("session") ?? "";
    const role: ListenerRole = url.searchParams.get("role") === "instructor" ? "instructor" : "student";
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("Open this address as a WebSocket.", { status: 426 });
    }
    const state = await this.load(sessionId);
    if (!state) return new Response("There is no session with this id.", { status: 404 });
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [role]);
    server.send(JSON.stringify(this.viewFor(role, state)));
    return new Response(null, { status: 101, webSocket: client });
  }

  /** The current live state (rebuilt from D1 when the room was evicted). */
  async snapshot(sessionId: string): Promise<LiveState | null> {
    const state = await this.load(sessionId);
    return state ? this.liveOf(state) : null;
  }

  /** The session row changed (a question opened or revealed, the session ended): re-read it and push. */
  async sessionChanged(sessionId: string): Promise<LiveState | null> {
    const state = await this.load(sessionId);
    if (!state) return null;
    const session = await findRoomSession(createDb(this.env.DB), sessionId);
    if (!session) return this.forget();
    state.session = session;
    return this.broadcast(state);
  }

  /** A participant joined: count them and push. */
  async participantJoined(sessionId: string, participantId: string): Promise<LiveState | null> {
    const state = await this.load(sessionId);
    if (!state) return null;
    state.participantIds.add(participantId);
    return this.broadcast(state);
  }

  /** An answer was stored in D1: count it (once, whatever the retries) and push. */
  async answerRecorded(
    sessionId: string,
    participantId: string,
    questionId: string,
  ): Promise<LiveState | null> {
    const state = await this.load(sessionId);
    if (!state) return null;
    const who = state.answered.get(questionId) ?? new Set<string>();
    who.add(participantId);
    state.answered.set(questionId, who);
    return this.broadcast(state);
  }

  /** Participants were removed (with their answers): rebuild the counts from D1 and push. */
  async participantsChanged(sessionId: string): Promise<LiveState | null> {
    this.state = undefined;
    const state = await this.load(sessionId);
    return state ? this.broadcast(state) : null;
  }

  /** Sockets only listen; a message from one is ignored. */
  override async webSocketMessage(): Promise<void> {}

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    // 1005 and 1006 are "no status" codes a close frame may not carry; 1000 ends it normally.
    socket.close(code === 1005 || code === 1006 ? 1000 : code, "closing");
  }

  private async load(sessionId: string): Promise<RoomState | undefined> {
    if (this.state?.session.id === sessionId) return this.state;
    const rows = await loadRoomRows(createDb(this.env.DB), sessionId);
    if (!rows.session) return undefined;
    const answered = new Map<string, Set<string>>();
    for (const answer of rows.answers) {
      const who = answered.get(answer.questionId) ?? new Set<string>();
      who.add(answer.participantId);
      answered.set(answer.questionId, who);
    }
    this.state = { session: rows.session, participantIds: new Set(rows.participantIds), answered };
    return this.state;
  }

  private liveOf(state: RoomState): LiveState {
    const openId = state.session.questionIds[state.session.openCount - 1];
    const answeredOpen = openId ? (state.answered.get(openId)?.size ?? 0) : 0;
    let totalAnswers = 0;
    for (const who of state.answered.values()) totalAnswers += who.size;
    return liveState(state.session, { joined: state.participantIds.size, answeredOpen, totalAnswers });
  }

  private viewFor(role: ListenerRole, state: RoomState): LiveState | ReturnType<typeof studentView> {
    const live = this.liveOf(state);
    return role === "instructor" ? live : studentView(live);
  }

  /** Sends each role its view, unless that view has not changed since it was last sent. */
  private broadcast(state: RoomState): LiveState {
    for (const role of ["instructor", "student"] as const) {
      const message = JSON.stringify(this.viewFor(role, state));
      if (this.lastSent.get(role) === message) continue;
      this.lastSent.set(role, message);
      for (const socket of this.ctx.getWebSockets(role)) {
        try {
          socket.send(message);
        } catch {
          // A socket closing meanwhile: the others still get the message.
        }
      }
    }
    return this.liveOf(state);
  }

  private forget(): null {
    this.state = undefined;
    for (const socket of this.ctx.getWebSockets()) socket.close(1000, "The session was deleted.");
    return null;
  }
}
