import { describe, expect, it } from "vitest";
import { formatIsoDate } from "./format-date";

describe("formatIsoDate", () => {
  it("writes the month out in words", () => {
    expect(formatIsoDate("2026-11-22")).toBe("22 November 2026");
  });

  it("drops leading zeros from the day", () => {
    expect(formatIsoDate("2026-07-02")).toBe("2 July 2026");
  });

  it("returns anything that is not an ISO date unchanged", () => {
    expect(formatIsoDate("next week")).toBe("next week");
    expect(formatIsoDate("2026-13-01")).toBe("2026-13-01");
  });
});
