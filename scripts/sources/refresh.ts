/**
 * `npm run sources:refresh -- [--from DIR] [--out DIR] [--timeout SECONDS] [--concurrency N] [--max-bytes N]`
 *
 * Reads every cited official page, stores a new snapshot under content/sources/snapshots/ where the words
 * changed, and writes a review report to sources-review/report.md and report.json. Exits 1 when a quote
 * is gone from its page or a page could not be read, 2 on a bad command line. See the README,
 * "Refreshing the sources".
 */
import { join } from "node:path";
import { model } from "@/lib/model/model";
import { parseRefreshArgs, usage, type RefreshArgs } from "@/lib/sources/refresh/args";
import { summaryOf } from "@/lib/sources/refresh/report-markdown";
import { refreshSources } from "@/lib/sources/refresh/run";
import { snapshotsDir } from "@/lib/sources/snapshot-store";

let args: RefreshArgs;
try {
  args = parseRefreshArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}

const { report, exitCode } = await refreshSources({
  model,
  snapshotsDir,
  outDir: args.out,
  from: args.from,
  today: new Date().toISOString().slice(0, 10),
  concurrency: args.concurrency,
  timeoutMs: args.timeout * 1000,
  maxBytes: args["max-bytes"],
  retryDelayMs: 2000,
});
console.log(summaryOf(report));
for (const result of report.pages)
  if (result.kind === "failed") console.log(`  failed: ${result.page}: ${result.reason}`);
  else if (result.kind === "changed") console.log(`  changed: ${result.page} -> ${result.snapshot}`);
console.log(`Report: ${join(args.out, "report.md")}`);
process.exit(exitCode);
