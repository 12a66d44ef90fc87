import { HTTPException } from "hono/http-exception";
import { findAnalysedSeed } from "./seed-analysis";

/** The seed article with this slug and its analysis, or a 404 that points to the list of articles. */
export function requireAnalysedSeed(slug: string) {
  const found = findAnalysedSeed(slug);
  if (!found) {
    throw new HTTPException(404, {
      message: `There is no article "${slug}". Pick one from the list of articles.`,
    });
  }
  return found;
}
