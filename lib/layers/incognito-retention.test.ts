import { describe, expect, it } from "vitest";
import { incognitoRetention } from "./incognito-retention";

describe("incognitoRetention", () => {
  it("keeps 30 days when the period is 30", () => {
    expect(incognitoRetention("30")).toEqual({ kind: "days", days: 30, longerThanDefault: false });
  });
  it("follows a longer period", () => {
    expect(incognitoRetention("365")).toEqual({ kind: "days", days: 365, longerThanDefault: true });
  });
  it("rejects a period under the 30-day minimum, a fraction and an empty field", () => {
    expect(incognitoRetention("10").kind).toBe("invalid");
    expect(incognitoRetention("40.5").kind).toBe("invalid");
    expect(incognitoRetention(" ").kind).toBe("invalid");
  });
  it("rejects a period over the longest the check accepts", () => {
    expect(incognitoRetention("36501")).toEqual({ kind: "invalid", message: "Enter at most 36,500 days (100 years)." });
    expect(incognitoRetention("36500").kind).toBe("days");
  });
});
