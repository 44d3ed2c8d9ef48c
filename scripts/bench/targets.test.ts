import { describe, expect, it } from "vitest";
import { lighthouseMedians, pageMeasurement } from "./test-fixtures";
import { checkUpdateTarget, pageTargets } from "./targets";

const missedIds = (page: Parameters<typeof pageTargets>[0]) =>
  pageTargets(page)
    .filter((check) => !check.met)
    .map((check) => check.id);

describe("pageTargets", () => {
  it("finds nothing missed on a page within a hair of the empty page", () => {
    expect(missedIds(pageMeasurement("/sources/"))).toEqual([]);
  });

  it("holds each kind of page to its own JavaScript ratio", () => {
    expect(missedIds(pageMeasurement("/sources/", { jsRatio: 1.06 }))).toEqual(["js"]);
    expect(missedIds(pageMeasurement("/layers/audit-logs/", { jsRatio: 1.06 }))).toEqual([]);
    expect(missedIds(pageMeasurement("/layers/audit-logs/", { jsRatio: 1.14 }))).toEqual(["js"]);
    expect(missedIds(pageMeasurement("/check/", { jsRatio: 1.25 }))).toEqual([]);
    expect(missedIds(pageMeasurement("/embed/check/", { jsRatio: 1.44 }))).toEqual(["js"]);
  });

  it("misses performance below 98 and an LCP more than 200 ms above the empty page's", () => {
    const slow = pageMeasurement("/", {
      lighthouse: lighthouseMedians({
        scores: { performance: 97, accessibility: 100, "best-practices": 100, seo: 100 },
      }),
      lcpAboveEmptyMs: 201,
    });
    expect(missedIds(slow)).toEqual(["performance", "lcp"]);
    expect(missedIds(pageMeasurement("/", { lcpAboveEmptyMs: 200 }))).toEqual([]);
  });

  it("holds accessibility, best practices and SEO to 100", () => {
    const page = pageMeasurement("/glossary/", {
      lighthouse: lighthouseMedians({ scores: { performance: 99, accessibility: 96, "best-practices": 100, seo: 92 } }),
    });
    expect(missedIds(page)).toEqual(["accessibility", "seo"]);
  });

  it("does not hold embed views to the SEO target, since they ask not to be indexed", () => {
    const embed = pageMeasurement("/embed/layers/incognito/", {
      lighthouse: lighthouseMedians({
        scores: { performance: 99, accessibility: 100, "best-practices": 100, seo: 63 },
      }),
    });
    expect(pageTargets(embed).map((check) => check.id)).not.toContain("seo");
    expect(missedIds(embed)).toEqual([]);
  });

  it("says what was measured and what was asked, for the list of misses", () => {
    const check = pageTargets(pageMeasurement("/", { lcpAboveEmptyMs: 1020 })).find(({ id }) => id === "lcp");
    expect(check).toEqual({ id: "lcp", met: false, actual: "LCP +1020 ms vs empty", goal: "\u2264 +200 ms" });
  });
});

describe("checkUpdateTarget", () => {
  it("asks for a median update within one frame, under 16 ms", () => {
    expect(checkUpdateTarget(15.9).met).toBe(true);
    expect(checkUpdateTarget(16).met).toBe(false);
  });
});
