import { describe, expect, it } from "vitest";
import { medianOfRuns } from "./lighthouse-median";
import type { LighthouseRun } from "./lighthouse-run";

const run = (performance: number, lcpMs: number, lostPoints: LighthouseRun["lostPoints"] = []): LighthouseRun => ({
  scores: { performance, accessibility: 100, "best-practices": 100, seo: 100 },
  lcpMs,
  fcpMs: lcpMs - 100,
  tbtMs: 0,
  cls: 0,
  otherTransferBytes: 0,
  scriptTransferBytes: 0,
  otherRequests: [],
  lostPoints,
});

describe("medianOfRuns", () => {
  it("takes each figure's median on its own, so one slow run does not move the result", () => {
    const medians = medianOfRuns([run(99, 1900), run(91, 4200), run(98, 1800)]);
    expect(medians.runs).toBe(3);
    expect(medians.scores.performance).toBe(98);
    expect(medians.lcpMs).toBe(1900);
  });

  it("counts in how many runs each audit lost points", () => {
    const lcp = { category: "performance", audit: "largest-contentful-paint" } as const;
    const tbt = { category: "performance", audit: "total-blocking-time" } as const;
    const medians = medianOfRuns([run(97, 2000, [lcp]), run(90, 2500, [lcp, tbt]), run(99, 1000)]);
    expect(medians.lostPoints).toEqual([
      { ...lcp, runs: 2 },
      { ...tbt, runs: 1 },
    ]);
  });
});
