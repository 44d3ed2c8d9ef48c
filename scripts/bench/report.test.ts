import { describe, expect, it } from "vitest";
import { bytes, lighthouseMedians, pageMeasurement } from "./test-fixtures";
import { formatReport, type BenchReport } from "./report";
import { checkUpdateTarget, pageTargets } from "./targets";

const lcpLost = { category: "performance", audit: "largest-contentful-paint", runs: 2 } as const;
const slowHome = pageMeasurement("/", {
  lighthouse: lighthouseMedians({ lcpMs: 1860, lostPoints: [lcpLost] }),
  lcpAboveEmptyMs: 1020,
});
const fastGlossary = pageMeasurement("/glossary/", {
  lighthouse: lighthouseMedians({ lostPoints: [{ category: "performance", audit: "speed-index", runs: 1 }] }),
});

const report: BenchReport = {
  date: "2026-11-20 10:00",
  runs: 3,
  empty: { bytes, lighthouse: lighthouseMedians({ lcpMs: 840 }), lcpRunsMs: [820, 840, 900] },
  editions: [
    {
      edition: { id: "general", label: "General edition", outDir: "out", basePath: "" },
      pages: [slowHome, fastGlossary].map((page) => ({ page, checks: pageTargets(page) })),
      checkTiming: {
        timing: {
          durationsMs: [9, 10, 14],
          medianMs: 10,
          maxMs: 14,
          firstTime: { count: 2, medianMs: 12, maxMs: 14 },
          again: { count: 1, medianMs: 9 },
          nextPaint: { medianMs: 40, maxMs: 56 },
          fullReport: { medianMs: 150, maxMs: 210 },
        },
        check: checkUpdateTarget(12),
      },
    },
  ],
};

describe("formatReport", () => {
  const text = formatReport(report);

  it("gives the empty page's runs, so drift over the run shows", () => {
    expect(text).toContain("LCP 820 ms, 840 ms, 900 ms (median 840 ms)");
  });

  it("gives one table per edition, with where it is served", () => {
    expect(text).toContain("## General edition (out/, served at /)");
  });

  it("gives the check's median and longest update beside the target, new answers apart", () => {
    expect(text).toMatch(
      /3 answer changes over 3 runs.*new on the page \(2\) median 12\.0 ms, max 14\.0 ms; to answers given before \(1\) median 9\.0 ms; all median 10\.0 ms \(target: median of new answers < 16 ms\)/,
    );
  });

  it("gives the next paint and the full report beside the update the target holds to", () => {
    expect(text).toContain(
      "Click to next paint: median 40 ms, max 56 ms. Full report below the questions, rendered apart: median 150 ms, max 210 ms.",
    );
  });

  it("lists each missed target, and the audits that lost points only for pages that missed one", () => {
    expect(text).toContain("- general /: LCP +1020 ms vs empty (target \u2264 +200 ms)");
    expect(text).toContain("- general /: largest-contentful-paint (2/3)");
    expect(text).not.toContain("speed-index");
  });

  it("names the pages more than 200 ms behind the empty page's fastest run, apart from the targets", () => {
    expect(text).toContain("## Beside the empty page's fastest run (820 ms, not a target)");
    expect(text).toContain("- general /: LCP 1860 ms, +1040 ms; HTML 5.0 KB gzip");
    // 900 ms is 80 ms behind the fastest run: within the 200 ms.
    expect(text).not.toContain("- general /glossary/: LCP");
  });

  it("leaves that list out when the empty page's runs agree with its median", () => {
    const steady = { ...report, empty: { ...report.empty, lcpRunsMs: [840, 840, 850] } };
    expect(formatReport(steady)).not.toContain("fastest run");
  });

  it("ends with how many targets were met", () => {
    expect(text.trimEnd().split("\n").at(-1)).toBe("targets met: 12 / 13");
  });
});
