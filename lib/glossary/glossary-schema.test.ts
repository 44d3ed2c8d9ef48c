import { describe, expect, it } from "vitest";
import { glossary } from "@/content/glossary";
import { model } from "@/lib/model/model";
import { parseGlossary } from "./glossary-schema";

const claimIds = new Set(model.claims.map((claim) => claim.id));

describe("parseGlossary", () => {
  it("accepts the site's glossary", () => {
    expect(parseGlossary(glossary, claimIds).length).toBe(glossary.length);
  });

  it("names a cited claim that does not exist", () => {
    const entry = { id: "x", term: "Xterm", kind: "claude", definition: "A definition long enough.", claims: ["nope"] };
    expect(() => parseGlossary([entry], claimIds)).toThrow(/glossary term "x" cites claim "nope"/);
  });

  it("requires a Claude-specific term to cite a claim", () => {
    const entry = { id: "x", term: "Xterm", kind: "claude", definition: "A definition long enough.", claims: [] };
    expect(() => parseGlossary([entry], claimIds)).toThrow(/must cite at least one claim/);
  });

  it("refuses duplicate ids", () => {
    const entry = { id: "x", term: "Xterm", kind: "general", definition: "A definition long enough." };
    expect(() => parseGlossary([entry, entry], claimIds)).toThrow(/duplicate glossary term "x"/);
  });
});
