// `npm run bench`: measures every page of both editions side by side with an empty Next.js page, against the
// targets of issue 15 (see README, "The benchmark"). Prints one table per edition and writes
// bench-results/report.md and report.json. A report, not a test: it exits 0 when targets are missed.
import { mkdirSync, writeFileSync } from "node:fs";
import { builtPages } from "../built-pages";
import { startStaticServer } from "../static-server";
import { ensureBaseline } from "./baseline";
import { measureCheckTiming } from "./check-timing";
import { editions } from "./editions";
import { medianOfRuns } from "./lighthouse-median";
import { launchChrome } from "./lighthouse";
import { measureLighthouse, pageKey, type PageToMeasure } from "./measure";
import { matchesPageFilter, parseOptions, usage } from "./options";
import { pageBytes } from "./page-bytes";
import { pageKind } from "./page-kind";
import { allChecks, formatReport, type BenchReport } from "./report";
import { run } from "./run";
import { checkUpdateTarget, pageTargets, type PageMeasurement } from "./targets";

const parsed = parseOptions(process.argv.slice(2));
if (parsed === "help") {
  console.log(usage);
  process.exit(0);
}
const options = parsed;
if (options.build) run("npm", ["run", "build:editions"]);
const baselineOut = ensureBaseline({ reuse: !options.build });
const chosen = editions().filter((edition) => !options.edition || edition.id === options.edition);

const emptyServer = await startStaticServer({ root: baselineOut, port: 0 });
const servers = await Promise.all(
  chosen.map(async (edition) => ({
    edition,
    paths: builtPages(edition.outDir).filter((path) => matchesPageFilter(path, options.pages)),
    ...(await startStaticServer({ root: edition.outDir, basePath: edition.basePath, port: 0 })),
  })),
);
const pages: PageToMeasure[] = servers.flatMap(({ edition, paths, url }) =>
  paths.map((path) => ({ edition, path, url: `${url}${edition.basePath}${path}` })),
);
if (pages.length === 0) throw new Error(`No built page matches --pages ${options.pages?.join(",")}.`);

let report: BenchReport;
try {
  const chrome = await launchChrome();
  const lighthouse = await measureLighthouse(`${emptyServer.url}/`, pages, options.runs, chrome.port).finally(() =>
    chrome.kill(),
  );
  const empty = {
    bytes: pageBytes(baselineOut, "/"),
    lighthouse: medianOfRuns(lighthouse.empty),
    lcpRunsMs: lighthouse.empty.map((run) => run.lcpMs),
  };
  report = { date: new Date().toISOString().slice(0, 16).replace("T", " "), runs: options.runs, empty, editions: [] };
  for (const { edition, paths, url } of servers) {
    const measured = paths.map((path) => {
      const bytes = pageBytes(edition.outDir, path);
      const medians = medianOfRuns(lighthouse.pages.get(pageKey({ edition, path }))!);
      const page: PageMeasurement = {
        path,
        kind: pageKind(path),
        bytes,
        jsRatio: bytes.scriptGzip / empty.bytes.scriptGzip,
        lighthouse: medians,
        lcpAboveEmptyMs: medians.lcpMs - empty.lighthouse.lcpMs,
      };
      return { page, checks: pageTargets(page) };
    });
    // The check's own timing, when the run includes the check page.
    let checkTiming: BenchReport["editions"][number]["checkTiming"];
    if (paths.includes("/check/")) {
      console.log(`timing answer changes in ${edition.id} /check/ on a 4× slowed CPU`);
      const timing = await measureCheckTiming(`${url}${edition.basePath}/check/`, options.runs);
      checkTiming = { timing, check: checkUpdateTarget(timing.firstTime.medianMs) };
    }
    report.editions.push({ edition, pages: measured, checkTiming });
  }
} finally {
  emptyServer.server.close();
  for (const { server } of servers) server.close();
}

const markdown = formatReport(report);
console.log(`\n${markdown}`);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/report.md", `${markdown}\n`);
const checks = allChecks(report);
writeFileSync(
  "bench-results/report.json",
  `${JSON.stringify({ ...report, targetsMet: checks.filter(({ check }) => check.met).length, targetsTotal: checks.length }, null, 2)}\n`,
);
console.log("Written to bench-results/report.md and bench-results/report.json");
