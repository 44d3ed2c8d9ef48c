import type { CheckTiming } from "./check-timing";
import type { Edition } from "./editions";
import { kb, ms, signedMs } from "./format";
import type { LighthouseMedians } from "./lighthouse-median";
import type { PageBytes } from "./page-bytes";
import { formatTable, noindexMark } from "./table";
import { targets, type PageMeasurement, type TargetCheck } from "./targets";

/** Everything one `npm run bench` measured, as written to bench-results/report.json. */
export type BenchReport = {
  date: string;
  runs: number;
  empty: { bytes: PageBytes; lighthouse: LighthouseMedians; lcpRunsMs: number[] };
  editions: {
    edition: Edition;
    pages: { page: PageMeasurement; checks: TargetCheck[] }[];
    /** Absent when the run left out the check page. */
    checkTiming?: { timing: CheckTiming; check: TargetCheck };
  }[];
};

/** Every target the run held a figure to, met or not. */
export function allChecks(report: BenchReport): { where: string; check: TargetCheck }[] {
  return report.editions.flatMap(({ edition, pages, checkTiming }) => [
    ...pages.flatMap(({ page, checks }) => checks.map((check) => ({ where: `${edition.id} ${page.path}`, check }))),
    ...(checkTiming ? [{ where: `${edition.id} /check/`, check: checkTiming.check }] : []),
  ]);
}

/** The printed report: one table per edition with its check timing, the misses, and the count of targets met. */
export function formatReport(report: BenchReport): string {
  const { empty } = report;
  const checks = allChecks(report);
  const misses = checks.filter(({ check }) => !check.met);
  return [
    `# Benchmark, ${report.date}`,
    "",
    `Lighthouse mobile (simulated throttling), median of ${report.runs} run${report.runs === 1 ? "" : "s"} per page, ` +
      `side by side with an empty Next.js page measured in the same run: LCP ${empty.lcpRunsMs.map((v) => ms(v)).join(", ")} ` +
      `(median ${ms(empty.lighthouse.lcpMs)}), client JavaScript ${(empty.bytes.scriptGzip / 1024).toFixed(1)} KB gzip.`,
    ...report.editions.flatMap(({ edition, pages, checkTiming }) => [
      "",
      `## ${edition.label} (${edition.outDir}/, served at ${edition.basePath || ""}/)`,
      "",
      formatTable(empty, pages),
      "",
      checkTiming
        ? checkTimingLine(checkTiming, report.runs)
        : "Check timing: not measured (the check page was left out).",
    ]),
    "",
    `Targets: performance \u2265 ${targets.performance}; LCP at most ${targets.lcpAboveEmptyMs} ms above the empty page; ` +
      `accessibility, best practices and SEO ${targets.otherCategories}; client JavaScript (gzip) within the ratio to the ` +
      `empty page shown for each kind of page; the check's update under ${targets.checkUpdateMs} ms. ` +
      `${noindexMark} Embed views ask not to be indexed, by design: their SEO is shown, not held to the target. ` +
      "Inline data is the inline scripts' bodies, mostly the page serialized for hydration; " +
      "Other is what Lighthouse saw transferred that is not a document, script or style sheet (data files, images).",
    "",
    "## Targets missed",
    "",
    ...(misses.length > 0
      ? misses.map(({ where, check }) => `- ${where}: ${check.actual} (target ${check.goal})`)
      : ["None."]),
    ...fastestEmptySection(report),
    ...lostPointsSection(report),
    "",
    `targets met: ${checks.length - misses.length} / ${checks.length}`,
  ].join("\n");
}

function checkTimingLine(
  { timing, check }: NonNullable<BenchReport["editions"][number]["checkTiming"]>,
  runs: number,
): string {
  const mark = check.met ? "" : " \u2717";
  return (
    `Check timing (4\u00d7 slowed CPU, ${timing.durationsMs.length} answer changes over ${runs} run${runs === 1 ? "" : "s"}, from the change handled to the answers and the report at a glance on the page): ` +
    `to answers new on the page (${timing.firstTime.count}) median ${ms(timing.firstTime.medianMs, 1)}${mark}, ` +
    `max ${ms(timing.firstTime.maxMs, 1)}; to answers given before (${timing.again.count}) median ` +
    `${ms(timing.again.medianMs, 1)}; all median ${ms(timing.medianMs, 1)} ` +
    `(target: median of new answers < ${targets.checkUpdateMs} ms). ` +
    `Click to next paint: median ${ms(timing.nextPaint.medianMs)}, max ${ms(timing.nextPaint.maxMs)}. ` +
    `Full report below the questions, rendered apart: median ${ms(timing.fullReport.medianMs)}, ` +
    `max ${ms(timing.fullReport.maxMs)}.`
  );
}

/**
 * The pages more than the LCP target behind the empty page's fastest run. The empty page's LCP moves
 * between runs: Lighthouse's model waits for those of its scripts that happened to finish loading before
 * its paint in the trace it measured, none in some runs and all in others. The target takes its median,
 * but its fastest run is what an empty page can do, so the pages behind it are named, with the size of
 * their document, which is what holds most of them back.
 */
function fastestEmptySection(report: BenchReport): string[] {
  // A single run, or runs that agree, leave the fastest at the median: nothing to add to the targets.
  const fastest = Math.min(...report.empty.lcpRunsMs);
  if (fastest >= report.empty.lighthouse.lcpMs) return [];
  const behind = report.editions.flatMap(({ edition, pages }) =>
    pages.flatMap(({ page }) => {
      const behindMs = page.lighthouse.lcpMs - fastest;
      return behindMs > targets.lcpAboveEmptyMs
        ? [
            `- ${edition.id} ${page.path}: LCP ${ms(page.lighthouse.lcpMs)}, ${signedMs(behindMs)}; HTML ${kb(page.bytes.htmlGzip)} gzip`,
          ]
        : [];
    }),
  );
  return [
    "",
    `## Beside the empty page's fastest run (${ms(fastest)}, not a target)`,
    "",
    ...(behind.length > 0
      ? [`Pages more than ${targets.lcpAboveEmptyMs} ms behind it:`, "", ...behind]
      : [`Every page is within ${targets.lcpAboveEmptyMs} ms of it.`]),
  ];
}

/** For each page that missed a Lighthouse target, the audits of that category that lost points, with how often. */
function lostPointsSection(report: BenchReport): string[] {
  const lines = report.editions.flatMap(({ edition, pages }) =>
    pages.flatMap(({ page, checks }) => {
      const missedCategories = new Set(
        checks.filter((check) => !check.met).map((check) => (check.id === "lcp" ? "performance" : check.id)),
      );
      const audits = page.lighthouse.lostPoints
        .filter((lost) => missedCategories.has(lost.category))
        .map((lost) => `${lost.audit} (${lost.runs}/${page.lighthouse.runs})`);
      return audits.length > 0 ? [`- ${edition.id} ${page.path}: ${audits.join(", ")}`] : [];
    }),
  );
  return lines.length > 0
    ? ["", "## Lighthouse audits that lost points (pages that missed a Lighthouse target)", "", ...lines]
    : [];
}
