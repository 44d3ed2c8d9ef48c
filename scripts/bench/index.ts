// `npm run bench`: builds the site and an empty Next.js baseline, then reports for every page its client
// JavaScript (gzip), bytes transferred and Lighthouse (mobile) scores. Prints a table and writes
// bench-results/report.md and report.json. Not part of `npm test`: timings do not belong in tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { builtPages, outDir } from "../built-pages";
import { startStaticServer } from "../static-server";
import { buildBaseline } from "./baseline";
import { pageJsBytes } from "./js-bytes";
import { launchChrome, runLighthouse, type LighthouseScores } from "./lighthouse";
import { run } from "./run";
import { formatReport, type PageRow } from "./report";

const skipBuild = process.argv.includes("--no-build");
if (!skipBuild) run("npx", ["next", "build"]);
const baselineOut = buildBaseline();

const site = await startStaticServer({ root: outDir, port: 0 });
const baseline = await startStaticServer({ root: baselineOut, port: 0 });
const chrome = await launchChrome();
const rows: PageRow[] = [];
try {
  const baselineJs = pageJsBytes(baselineOut, "/");
  const baselineScores: LighthouseScores = await runLighthouse(`${baseline.url}/`, chrome.port);
  rows.push({ path: "(empty Next.js page)", ...baselineJs, jsRatio: 1, ...baselineScores });
  for (const path of builtPages()) {
    const js = pageJsBytes(outDir, path);
    const scores = await runLighthouse(`${site.url}${path}`, chrome.port);
    rows.push({ path, ...js, jsRatio: js.scriptBytes / baselineJs.scriptBytes, ...scores });
    console.log(`measured ${path}`);
  }
} finally {
  await chrome.kill();
  site.server.close();
  baseline.server.close();
}

const report = formatReport(rows);
console.log(`\n${report}`);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/report.md", `${report}\n`);
writeFileSync("bench-results/report.json", `${JSON.stringify(rows, null, 2)}\n`);
console.log("Written to bench-results/report.md and bench-results/report.json");
