import { describe, expect, it } from "vitest";
import { formatDuration, granularityFor, timeline } from "./timeline";

const days = (...list: [string, number][]) => list.map(([day, count]) => ({ day, count }));

describe("granularityFor", () => {
  it("uses days, weeks or months by the span", () => {
    expect(granularityFor(days(["2026-01-01", 1], ["2026-02-01", 1]))).toBe("day");
    expect(granularityFor(days(["2026-01-01", 1], ["2026-06-01", 1]))).toBe("week");
    expect(granularityFor(days(["2024-01-01", 1], ["2026-06-01", 1]))).toBe("month");
  });
});

describe("timeline", () => {
  it("fills empty days between the first and the last", () => {
    expect(timeline(days(["2026-01-01", 2], ["2026-01-03", 1]))).toEqual([
      { label: "2026-01-01", count: 2 },
      { label: "2026-01-02", count: 0 },
      { label: "2026-01-03", count: 1 },
    ]);
  });

  it("adds days into weeks starting on Monday", () => {
    expect(timeline(days(["2026-11-16", 1], ["2026-11-22", 2], ["2026-11-23", 4]), "week")).toEqual([
      { label: "week of 2026-11-16", count: 3 },
      { label: "week of 2026-11-23", count: 4 },
    ]);
  });
});

describe("formatDuration", () => {
  it("gives the two largest units", () => {
    expect(formatDuration(3086)).toBe("3 seconds");
    expect(formatDuration(90_061_000)).toBe("1 day 1 hour");
    expect(formatDuration(0)).toBe("0 seconds");
  });
});
