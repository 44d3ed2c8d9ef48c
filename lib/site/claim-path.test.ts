import { describe, expect, it } from "vitest";
import { model } from "@/lib/model/model";
import { anchorsByPart, claimPath, claimRef, homeSourceId, hrefFrom, sourcePath } from "./claim-path";
import { partOfSource, sourcesParts } from "./sources-parts";

describe("claimPath", () => {
  it("leads to the part page of the first source the claim quotes", () => {
    expect(claimPath("at-delivery")).toBe("/sources/platform-docs/#claim-at-delivery");
    expect(claimPath("otel-prompts")).toBe("/sources/claude-code-docs/#claim-otel-prompts");
  });

  it("gives every claim an address on one of the part pages", () => {
    const partPaths = sourcesParts.map((part) => `/sources/${part.slug}/`);
    for (const claim of model.claims) {
      const [page, anchor] = claimPath(claim.id, model).split("#");
      expect(partPaths).toContain(page);
      expect(anchor).toBe(`claim-${claim.id}`);
    }
  });
});

describe("sourcePath", () => {
  it("leads to the part page of the site that publishes the source", () => {
    expect(sourcePath("help-audit-logs")).toBe("/sources/help-center-organizations/#source-help-audit-logs");
    expect(sourcePath("privacy-zdr")).toBe("/sources/privacy-center/#source-privacy-zdr");
  });

  it("puts every third-party source on the third-party page", () => {
    for (const source of model.sources.filter((candidate) => candidate.kind === "third-party"))
      expect(sourcePath(source.id, model)).toBe(`/sources/third-party/#source-${source.id}`);
  });
});

describe("partOfSource", () => {
  it("holds every source a part names by id on that part, and only sources of the part's hosts", () => {
    for (const part of sourcesParts) {
      if (part.holds.kind !== "official" || !("ids" in part.holds)) continue;
      for (const id of part.holds.ids) {
        const source = model.sources.find((candidate) => candidate.id === id);
        expect(source, id).toBeDefined();
        expect(part.holds.hosts).toContain(new URL(source!.url).host);
        expect(partOfSource(source!)).toBe(part.slug);
      }
    }
  });

  it("leaves no part empty", () => {
    const used = new Set(model.sources.map((source) => partOfSource(source)));
    expect([...used].sort()).toEqual(sourcesParts.map((part) => part.slug).sort());
  });

  it("refuses an official site that no part holds, naming the source", () => {
    expect(() => partOfSource({ id: "new-page", kind: "official", url: "https://www.anthropic.com/news/x" })).toThrow(
      /source "new-page" is published on www\.anthropic\.com/,
    );
  });
});

describe("homeSourceId", () => {
  it("is the first source a claim quotes", () => {
    for (const claim of model.claims) expect(homeSourceId(claim)).toBe(claim.citations[0]?.source);
  });
});

describe("claimRef", () => {
  it("carries the statement and the address, for islands without the model", () => {
    const claim = model.claims[0]!;
    expect(claimRef(claim.id, model)).toEqual({ id: claim.id, statement: claim.statement, path: claimPath(claim.id) });
  });
});

describe("anchorsByPart", () => {
  it("names every claim and source anchor once, on the part page that holds it", () => {
    const anchors = anchorsByPart(model);
    const all = Object.values(anchors).flatMap((list) => list.split(" "));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(model.claims.length + model.sources.length);
    for (const claim of model.claims) {
      const part = claimPath(claim.id, model).split("/")[2] as keyof typeof anchors;
      expect(anchors[part].split(" ")).toContain(`claim-${claim.id}`);
    }
  });
});

describe("hrefFrom", () => {
  it("is only the anchor on the same page", () => {
    expect(hrefFrom("/sources/help-center/", "/sources/help-center/#claim-x")).toBe("#claim-x");
  });

  it("is the full path on another page", () => {
    expect(hrefFrom("/sources/help-center/", "/sources/platform-docs/#claim-x")).toBe(
      "/sources/platform-docs/#claim-x",
    );
  });
});
