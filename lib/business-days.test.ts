import { describe, expect, it } from "vitest";
import { twoBusinessDaysAfter } from "./business-days";

describe("twoBusinessDaysAfter", () => {
  it("counts two weekdays ahead within a week", () => {
    expect(twoBusinessDaysAfter("Monday")).toBe("Wednesday");
  });
  it("skips the weekend", () => {
    expect(twoBusinessDaysAfter("Thursday")).toBe("Monday");
    expect(twoBusinessDaysAfter("Friday")).toBe("Tuesday");
  });
});
