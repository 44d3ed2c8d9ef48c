import { describe, expect, it, vi } from "vitest";
import { recentResults } from "./recent-results";

describe("recentResults", () => {
  it("works a result out once per key, and lets the least recently used go when full", () => {
    const resultFor = recentResults<string>(2);
    const compute = vi.fn((key: string) => key.toUpperCase());
    const ask = (key: string) => resultFor(key, () => compute(key));
    expect([ask("a"), ask("b"), ask("a")]).toEqual(["A", "B", "A"]);
    expect(compute).toHaveBeenCalledTimes(2);
    ask("c");
    ask("a");
    expect(compute).toHaveBeenCalledTimes(3);
    ask("b");
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
