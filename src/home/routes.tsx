import { Hono } from "hono";
import { HomePage } from "./views";

/** The home page. */
export const homeRoutes = new Hono<{ Bindings: Env }>();

homeRoutes.get("/", (c) => c.html(<HomePage />));
