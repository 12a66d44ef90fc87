import { Hono } from "hono";
import { articleRoutes } from "./articles/routes";
import { handleError, handleNotFound } from "./http/errors";
import { previewRoutes } from "./preview/routes";
import { productRoutes } from "./product-routes";

/** The Worker: every feature is a sub-app mounted here. */
export const app = new Hono<{ Bindings: Env }>();

app.get("/api/health", (c) => c.json({ ok: true }));
app.route("/", articleRoutes);
app.route("/", previewRoutes);
app.route("/", productRoutes);

app.onError(handleError);
app.notFound(handleNotFound);

export default app;
