import { describe, expect, it, vi } from "vitest";
import { claimStatus, daysBetween, DEFAULT_MAX_AGE_DAYS, isStale, maxAgeFrom, warnStaleClaims } from "./freshness";

describe("daysBetween", () => {
  it("counts whole days, across month ends and leap days", () => {
    expect(daysBetween("2026-11-22", "2026-11-22")).toBe(0);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-11-22", "2026-05-26")).toBe(-180);
  });
});

describe("isStale", () => {
  it("flags claims older than the maximum age, 180 days by default", () => {
    expect(DEFAULT_MAX_AGE_DAYS).toBe(180);
    expect(isStale({ verified: "2026-05-26" }, "2026-11-22")).toBe(false);
    expect(isStale({ verified: "2026-05-25" }, "2026-11-22")).toBe(true);
    expect(isStale({ verified: "2026-11-01" }, "2026-11-22", 7)).toBe(true);
  });
});

describe("claimStatus", () => {
  it("is current, disputed or needs-recheck, with staleness first", () => {
    expect(claimStatus({ verified: "2026-11-22" }, "2026-11-22")).toBe("current");
    expect(claimStatus({ verified: "2026-11-22", dispute: { resolution: "r" } }, "2026-11-22")).toBe("disputed");
    expect(claimStatus({ verified: "2025-01-01", dispute: { resolution: "r" } }, "2026-11-22")).toBe("needs-recheck");
  });
});

describe("warnStaleClaims", () => {
  it("warns once, naming every stale claim, and returns their ids", () => {
    const warn = vi.fn();
    const stale = warnStaleClaims(
      [
        { id: "old", verified: "2025-01-01" },
        { id: "new", verified: "2026-11-20" },
      ],
      "2026-11-22",
      180,
      warn,
    );
    expect(stale).toEqual(["old"]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/need re-checking: old$/);
  });

  it("stays silent when nothing is stale", () => {
    const warn = vi.fn();
    expect(warnStaleClaims([{ id: "new", verified: "2026-11-20" }], "2026-11-22", 180, warn)).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("maxAgeFrom", () => {
  it("reads a positive whole number and otherwise falls back to the default", () => {
    expect(maxAgeFrom("90")).toBe(90);
    expect(maxAgeFrom(undefined)).toBe(180);
    expect(maxAgeFrom("soon")).toBe(180);
    expect(maxAgeFrom("-3")).toBe(180);
  });
});
