import { articleRoutes } from "./articles/routes";
import { classroomApi } from "./classroom/api";
import { classroomRoutes } from "./classroom/routes";
import { homeRoutes } from "./home/routes";
import { createApp } from "./http/app";
import { instructorApi } from "./instructor/api";
import { instructorRoutes } from "./instructor/routes";
import { libraryRoutes } from "./library/routes";
import { playRoutes } from "./play/routes";
import { previewRoutes } from "./preview/routes";
import { projectorRoutes } from "./projector/routes";

/** The Worker: the app shell from createApp(), each feature's router mounted at its prefix. */
export const app = createApp();

app.get("/api/health", (c) => c.json({ ok: true }));
app.route("/", articleRoutes);
app.route("/", previewRoutes);
app.route("/", homeRoutes);
app.route("/", playRoutes);
app.route("/", classroomRoutes);
app.route("/api/sessions", classroomApi);
app.route("/sessions", instructorRoutes);
app.route("/sessions", projectorRoutes);
app.route("/api/sessions", instructorApi);
app.route("/library", libraryRoutes);

export default app;

/** The Durable Object class of a live session, exported for the runtime (wrangler.toml binds it). */
export { SessionRoom } from "./live/session-room";
