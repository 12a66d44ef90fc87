import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { pathologicalInputs } from "../scripts/lib/pathological-inputs";
import type { ArticleAnalysis } from "../src/analysis/types";

/** Timing is the benchmark's job (npm run bench); here each input must simply be analysed and answered. */
describe("POST /api/analyze with inputs built to be slow", () => {
  for (const input of pathologicalInputs()) {
    it(`answers 200 with an analysis for ${input.name}`, async () => {
      const response = await exports.default.fetch("https://byline.test/api/analyze", {
        method: "POST",
        body: input.text,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
      expect(response.status).toBe(200);
      const analysis = (await response.json()) as ArticleAnalysis;
      expect(Array.isArray(analysis.sentences)).toBe(true);
      expect(analysis.headline).not.toBeNull();
    });
  }
});
