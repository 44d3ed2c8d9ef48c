import { describe, expect, it } from "vitest";
import { matchesPageFilter, parseOptions } from "./options";

describe("parseOptions", () => {
  it("builds and runs Lighthouse three times on every page of both editions by default", () => {
    expect(parseOptions([])).toEqual({ build: true, runs: 3, pages: undefined, edition: undefined });
  });

  it("reads a quick look at a few pages of one edition from an existing build", () => {
    expect(parseOptions(["--no-build", "--runs", "1", "--pages", "/,check, audit-logs", "--edition", "org"])).toEqual({
      build: false,
      runs: 1,
      pages: ["/", "check", "audit-logs"],
      edition: "org",
    });
  });

  it("refuses a number of runs that is not a whole number of at least one", () => {
    expect(() => parseOptions(["--runs", "0"])).toThrow(/--runs/);
    expect(() => parseOptions(["--runs", "two"])).toThrow(/--runs/);
  });

  it("refuses an edition it does not know, and options it does not know, saying how to ask", () => {
    expect(() => parseOptions(["--edition", "acme"])).toThrow(/--edition/);
    expect(() => parseOptions(["--fast"])).toThrow(/--fast[\s\S]*npm run bench -- \[--no-build\]/);
  });

  it("answers --help and -h with the usage line rather than a run", () => {
    expect(parseOptions(["--help"])).toBe("help");
    expect(parseOptions(["-h", "--no-build"])).toBe("help");
  });
});

describe("matchesPageFilter", () => {
  it("keeps every page when no filter is given", () => {
    expect(matchesPageFilter("/sources/", undefined)).toBe(true);
  });

  it("reads a path as that page alone, so the home page filter keeps only the home page", () => {
    expect(matchesPageFilter("/", ["/"])).toBe(true);
    expect(matchesPageFilter("/sources/", ["/"])).toBe(false);
    expect(matchesPageFilter("/embed/check/", ["/check/"])).toBe(false);
  });

  it("reads any other word as part of the path", () => {
    expect(matchesPageFilter("/embed/check/", ["check"])).toBe(true);
    expect(matchesPageFilter("/check/report/team/", ["check"])).toBe(true);
    expect(matchesPageFilter("/layers/audit-logs/", ["/", "audit-logs"])).toBe(true);
    expect(matchesPageFilter("/glossary/", ["/", "audit-logs"])).toBe(false);
  });
});
