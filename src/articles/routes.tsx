import { Hono } from "hono";
import { SEED_ARTICLES } from "./seed-articles";

/** Seed articles: listing, analysis JSON and the annotated article page. */
export const articleRoutes = new Hono<{ Bindings: Env }>();

articleRoutes.get("/api/articles", (c) =>
  c.json({ articles: SEED_ARTICLES.map((article) => ({ slug: article.slug })) }),
);
