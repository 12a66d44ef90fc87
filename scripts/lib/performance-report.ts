/** docs/performance.md holds one section per benchmark script; each script rewrites only its own section. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type } from "node:os";

const REPORT = "docs/performance.md";

/** Replaces the section `name` of docs/performance.md (between its two marker comments), or appends it. */
export function writeReportSection(name: string, markdown: string): void {
  const begin = `<!-- ${name}: begin (written by the script; edits here are overwritten) -->`;
  const end = `<!-- ${name}: end -->`;
  const section = `${begin}\n${markdown.trim()}\n${end}`;
  const report = existsSync(REPORT) ? readFileSync(REPORT, "utf8") : "# Performance\n";
  const start = report.indexOf(begin);
  const stop = report.indexOf(end);
  const updated =
    start === -1 || stop < start
      ? `${report.trimEnd()}\n\n${section}\n`
      : `${report.slice(0, start)}${section}${report.slice(stop + end.length)}`;
  writeFileSync(REPORT, updated);
}

/** Today and this machine, for the line under a section's heading. */
export function describeRun(): string {
  const cores = cpus();
  const cpu = cores[0]?.model.trim() ?? "unknown CPU";
  const memory = (totalmem() / 2 ** 30).toFixed(0);
  return `${new Date().toISOString().slice(0, 10)}, on ${type()} · ${cores.length} × ${cpu} · ${memory} GiB RAM`;
}
