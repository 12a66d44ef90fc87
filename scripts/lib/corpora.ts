/**
 * `npm run eval -- --corpora`: scores the Worker against the public research corpora in
 * ../shared/corpora (PolNeAR, PTC, BABE; see its README) with their own scorer, then prints the
 * table of issue 11. The corpora are read in place and never copied into the project.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDevServer } from "./dev-server";

export const CORPORA_DIR = resolve("..", "shared", "corpora");

/** [precision, recall, F1] as the scorer writes them. */
type Rates = [number, number, number];

interface ScorerReport {
  polnear?: { relation_all: Rates; counts: Record<string, number> };
  ptc?: { span_all: Rates; pred_outside_all_rate: number };
  babe?: { counts: Record<string, number> };
}

function percent(part = 0, whole = 0): string {
  return whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`;
}

function fixed(value: number | undefined): string {
  return value === undefined ? "—" : value.toFixed(2);
}

/** The table: each corpus with today's figure and the goal. */
export function summaryTable(report: ScorerReport): string {
  const polnear = report.polnear;
  const plain = polnear ? (polnear.counts.gold_plain_hit ?? 0) / (polnear.counts.gold_plain ?? 1) : undefined;
  const ptc = report.ptc;
  const babe = report.babe?.counts ?? {};
  const rows = [
    ["corpus", "now", "goal"],
    [
      "PolNeAR attributions (source and cue overlap)",
      polnear ? `P ${fixed(polnear.relation_all[0])}, R ${fixed(polnear.relation_all[1])}` : "—",
      "P ≥ 0.90, R ≥ 0.70",
    ],
    ["PolNeAR plain speech verbs", `R ${fixed(plain)}`, "R ≥ 0.95"],
    [
      "PTC Loaded_Language + Name_Calling",
      ptc ? `R ${fixed(ptc.span_all[1])}; ${percent(1 - ptc.pred_outside_all_rate, 1)} inside` : "—",
      "R ≥ 0.30; ≥ 70% inside",
    ],
    [
      "BABE biased / non-biased flagged",
      report.babe
        ? `${percent(babe["Biased flagged"], babe.Biased)} / ${percent(babe["Non-biased flagged"], babe["Non-biased"])}`
        : "—",
      "≥ 50% / ≤ 12%",
    ],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`)
    .join("\n");
}

/**
 * Starts the Worker (a built snapshot under `wrangler dev`), runs the corpora's scorer against it with
 * the given extra arguments (--only, --examples), then prints the summary table. With `--margins`, runs
 * `scripts/corpora-margins.py` instead: each figure rescored on resamples of the documents, to say how far
 * it may move on another split (its other arguments, such as `--save FILE` and `--rounds N`, go to it).
 */
export async function scoreCorpora(scorerArgs: string[]): Promise<void> {
  if (!existsSync(join(CORPORA_DIR, "score_external.py"))) {
    console.log(`No corpora at ${CORPORA_DIR}: nothing to score.`);
    return;
  }
  if (scorerArgs.includes("--margins")) {
    await measureMargins(scorerArgs.filter((arg) => arg !== "--margins"));
    return;
  }
  const server = await startDevServer({ snapshot: true, liftRateLimits: true });
  const folder = mkdtempSync(join(tmpdir(), "byline-corpora-"));
  const reportFile = join(folder, "report.json");
  try {
    execFileSync(
      "python3",
      [
        join(CORPORA_DIR, "score_external.py"),
        server.baseUrl,
        CORPORA_DIR,
        "--json",
        reportFile,
        ...scorerArgs,
      ],
      { stdio: "inherit" },
    );
    console.log(`\nIssue 11's table (scorer: ${join(CORPORA_DIR, "score_external.py")})\n`);
    console.log(summaryTable(JSON.parse(readFileSync(reportFile, "utf8")) as ScorerReport));
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measureMargins(marginArgs: string[]): Promise<void> {
  const server = await startDevServer({ snapshot: true, liftRateLimits: true });
  try {
    execFileSync(
      "python3",
      [join("scripts", "corpora-margins.py"), CORPORA_DIR, "--url", server.baseUrl, ...marginArgs],
      { stdio: "inherit" },
    );
  } finally {
    await server.stop();
  }
}
