import { Hono } from "hono";
import { articleRoutes } from "./articles/routes";
import { handleError, handleNotFound } from "./http/errors";
import { productRoutes } from "./product-routes";
import { questionRoutes } from "./questions/routes";

/** The Worker: every feature is a sub-app mounted here. */
export const app = new Hono<{ Bindings: Env }>();

app.get("/api/health", (c) => c.json({ ok: true }));
app.route("/", articleRoutes);
app.route("/", questionRoutes);
app.route("/", productRoutes);

app.onError(handleError);
app.notFound(handleNotFound);

export default app;
