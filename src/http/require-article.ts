import { HTTPException } from "hono/http-exception";
import { findBundledArticle } from "../catalog/catalog";
import type { BundledArticle } from "../catalog/types";

/** The bundled article with this slug, with its analysis and questions, or a 404 that points to the list of articles. */
export function requireBundledArticle(slug: string): BundledArticle {
  const found = findBundledArticle(slug);
  if (!found) {
    throw new HTTPException(404, {
      message: `There is no article "${slug}". Pick one from the list of articles.`,
    });
  }
  return found;
}
