import { describe, expect, it } from "vitest";
import { claimById, claimProvenance, claimsBySource, model, sourceById, sourcesQuotedBy } from "./model";

describe("model", () => {
  it("loads and validates the content", () => {
    expect(model.schemaVersion).toBe(1);
    expect(model.sources.length).toBeGreaterThan(0);
    expect(model.claims.length).toBeGreaterThan(0);
    expect(model.rules.length).toBeGreaterThan(0);
  });
});

describe("sourceById", () => {
  it("finds a source and throws for an unknown id", () => {
    expect(sourceById("access-transparency").kind).toBe("official");
    expect(() => sourceById("nowhere")).toThrow(/No source "nowhere"/);
  });
});

describe("claimById", () => {
  it("finds a claim and throws for an unknown id", () => {
    expect(claimById("export-who").dispute).toBeDefined();
    expect(() => claimById("nothing")).toThrow(/No claim "nothing"/);
  });
});

describe("claimProvenance", () => {
  it("is official when an official page is cited, third-party otherwise", () => {
    expect(claimProvenance(claimById("activity-feed"))).toBe("official");
    expect(claimProvenance(claimById("device-monitoring-third-party"))).toBe("third-party");
  });
});

describe("claimsBySource", () => {
  it("lists every source, each with the claims that cite it, once each", () => {
    const bySource = claimsBySource();
    expect([...bySource.keys()]).toEqual(model.sources.map((source) => source.id));
    expect(bySource.get("help-incognito")?.map((claim) => claim.id)).toEqual(
      expect.arrayContaining(["export-who", "incognito-retention"]),
    );
    for (const claims of bySource.values()) expect(new Set(claims).size).toBe(claims.length);
  });
});

describe("sourcesQuotedBy", () => {
  const quoted = (ids: string[]) => sourcesQuotedBy(ids).map((source) => source.id);

  it("lists each source the claims quote once, in the order first quoted", () => {
    expect(quoted(["at-events"])).toEqual(["access-transparency"]);
    expect(quoted(["incognito-retention", "export-who", "automated-processing", "at-events"])).toEqual([
      "help-incognito",
      "help-org-export",
      "help-export-your-data",
      "help-roles",
      "help-audit-logs",
      "access-transparency",
    ]);
    expect(quoted([])).toEqual([]);
  });
});
