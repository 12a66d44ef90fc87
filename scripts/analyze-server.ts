/**
 * A bare Node server answering POST /api/analyze with analyzeArticle, for scoring the corpora while
 * working on the engine without starting wrangler (`npx tsx scripts/analyze-server.ts 8791`, then
 * `python3 ../shared/corpora/score_external.py http://127.0.0.1:8791 ../shared/corpora --only polnear`).
 * `npm run eval -- --corpora` remains the measure: it scores the Worker itself.
 */
import { createServer } from "node:http";
import { analyzeArticle } from "../src/analysis/analyze-article.ts";

const port = Number(process.argv[2] ?? 8791);
createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const text = Buffer.concat(chunks).toString("utf8");
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(analyzeArticle(text)));
  });
}).listen(port, "127.0.0.1", () => console.log(`analyze server on ${port}`));
