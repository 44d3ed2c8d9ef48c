import { describe, expect, it } from "vitest";
import { addBusinessDays, twoBusinessDaysAfter } from "./business-days";

describe("twoBusinessDaysAfter", () => {
  it("counts two weekdays ahead within a week", () => {
    expect(twoBusinessDaysAfter("Monday")).toBe("Wednesday");
  });
  it("skips the weekend", () => {
    expect(twoBusinessDaysAfter("Thursday")).toBe("Monday");
    expect(twoBusinessDaysAfter("Friday")).toBe("Tuesday");
  });
});

describe("addBusinessDays", () => {
  it("counts from a Saturday to the Tuesday", () => {
    const saturday = Date.parse("2026-11-21T08:00:00Z");
    expect(new Date(addBusinessDays(saturday, 2)).toISOString()).toBe("2026-11-24T08:00:00.000Z");
  });
});
