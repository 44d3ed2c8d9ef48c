import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeNumber } from "./whole-number";

describe("wholeNumber", () => {
  it("groups thousands with commas", () => {
    expect(wholeNumber(0)).toBe("0");
    expect(wholeNumber(999)).toBe("999");
    expect(wholeNumber(1000)).toBe("1,000");
    expect(wholeNumber(36500)).toBe("36,500");
    expect(wholeNumber(-1234567)).toBe("-1,234,567");
  });

  it("writes every whole number as the British English locale does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -99_999, max: 99_999 }),
          fc.maxSafeInteger(),
          fc.integer({ min: Number.MIN_SAFE_INTEGER, max: 0 }),
        ),
        (value) => {
          expect(wholeNumber(value)).toBe(value.toLocaleString("en-GB"));
        },
      ),
    );
  });

  it("leaves other numbers to the locale", () => {
    expect(wholeNumber(1234.5)).toBe((1234.5).toLocaleString("en-GB"));
  });
});
