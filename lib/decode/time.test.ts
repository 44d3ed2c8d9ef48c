import { describe, expect, it } from "vitest";
import { addBusinessDays, parseTime, utcDay } from "./time";

describe("parseTime", () => {
  it("reads RFC 3339 and zone-less times (as UTC), and refuses the rest", () => {
    expect(parseTime("2026-07-02T09:41:50.118764Z")).toBe(Date.parse("2026-07-02T09:41:50.118Z"));
    expect(parseTime("2026-07-02 09:41:50")).toBe(Date.parse("2026-07-02T09:41:50Z"));
    expect(parseTime("yesterday")).toBeNull();
    expect(parseTime("2026-13-45")).toBeNull();
  });
});

describe("addBusinessDays", () => {
  it("skips Saturday and Sunday", () => {
    const friday = Date.parse("2026-11-20T10:00:00Z");
    expect(new Date(addBusinessDays(friday, 2)).toISOString()).toBe("2026-11-24T10:00:00.000Z");
  });
});

describe("utcDay", () => {
  it("gives the UTC date", () => {
    expect(utcDay(Date.parse("2026-11-22T23:59:59-05:00"))).toBe("2026-11-23");
  });
});
