import { describe, expect, it } from "vitest";
import { median } from "./median";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([2010, 840, 1860])).toBe(1860);
  });

  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is the value itself for a single run", () => {
    expect(median([97])).toBe(97);
  });

  it("is NaN when nothing was measured", () => {
    expect(median([])).toBeNaN();
  });

  it("leaves the list it is given in its order", () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
});
