import { describe, expect, it } from "vitest";
import { parseRefreshArgs } from "./args";

describe("parseRefreshArgs", () => {
  it("gives the defaults", () => {
    expect(parseRefreshArgs([])).toEqual({
      out: "sources-review",
      timeout: 20,
      concurrency: 4,
      "max-bytes": 5_000_000,
    });
  });

  it("reads every option", () => {
    expect(
      parseRefreshArgs([
        "--from",
        "saved",
        "--out",
        "r",
        "--timeout",
        "0.5",
        "--concurrency",
        "2",
        "--max-bytes",
        "1000",
      ]),
    ).toEqual({ from: "saved", out: "r", timeout: 0.5, concurrency: 2, "max-bytes": 1000 });
  });

  it("names a bad value", () => {
    expect(() => parseRefreshArgs(["--timeout", "soon"])).toThrow(/--timeout/);
    expect(() => parseRefreshArgs(["--concurrency", "50"])).toThrow(/--concurrency/);
  });

  it("refuses unknown options", () => {
    expect(() => parseRefreshArgs(["--dry-run"])).toThrow();
  });
});
