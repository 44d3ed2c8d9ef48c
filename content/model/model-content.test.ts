/**
 * Data tests: the content in content/model/ is complete, consistent and honest. Every file is parsed
 * against the schemas; cross-references, dates and domains are checked. Quotes are checked against the
 * stored snapshots of their pages in content/sources/snapshots.test.ts.
 */
import { describe, expect, it } from "vitest";
import { claims } from "./claims";
import { notes } from "./notes";
import { rules } from "./rules";
import { sources } from "./sources";
import { settingsIn } from "@/lib/engine/condition";
import { claimSchema, noteSchema, ruleSchema, sourceSchema } from "@/lib/model/content-schema";
import { authoredModel } from "@/lib/content/model";
import { isOfficialHost, isoToday, modelIssues, parseModel } from "@/lib/model/model-schema";

const today = isoToday();
const sourceIds = new Set(sources.map((source) => source.id));
const claimIds = new Set(claims.map((claim) => claim.id));

describe("content/model files", () => {
  it("each parse against their schemas", () => {
    for (const source of sources) expect(sourceSchema.safeParse(source).error?.issues, source.id).toBeUndefined();
    for (const claim of claims) expect(claimSchema.safeParse(claim).error?.issues, claim.id).toBeUndefined();
    for (const rule of rules) expect(ruleSchema.safeParse(rule).error?.issues, rule.id).toBeUndefined();
    for (const note of notes) expect(noteSchema.safeParse(note).error?.issues, note.id).toBeUndefined();
  });

  it("form a model with no cross-reference problems", () => {
    expect(modelIssues(parseModel(authoredModel, today), today)).toEqual([]);
  });
});

describe("sources", () => {
  it("have unique ids, and unique addresses unless read from different copies", () => {
    expect(sourceIds.size).toBe(sources.length);
    const copies = sources.map((source) => `${source.url} ${"readFrom" in source ? source.readFrom : ""}`);
    expect(new Set(copies).size).toBe(copies.length);
  });

  it("are official only on Anthropic's own domains", () => {
    for (const source of sources) {
      expect(isOfficialHost(new URL(source.url).hostname), `${source.id} (${source.url})`).toBe(
        source.kind === "official",
      );
    }
  });

  it("were last checked on a real date that is not in the future", () => {
    for (const source of sources) {
      expect(Number.isNaN(Date.parse(source.lastChecked)), source.id).toBe(false);
      expect(source.lastChecked <= today, source.id).toBe(true);
    }
  });

  it("each back at least one claim", () => {
    const cited = new Set(claims.flatMap((claim) => claim.citations.map((citation) => citation.source)));
    for (const source of sources) expect(cited.has(source.id), `source "${source.id}" is cited by no claim`).toBe(true);
  });
});

describe("claims", () => {
  it("have unique ids", () => {
    expect(claimIds.size).toBe(claims.length);
  });

  it("cite existing sources with non-empty quotes", () => {
    for (const claim of claims) {
      for (const citation of claim.citations) {
        expect(sourceIds.has(citation.source), `claim "${claim.id}" cites missing source "${citation.source}"`).toBe(
          true,
        );
        expect(citation.quote.trim().length, claim.id).toBeGreaterThan(0);
      }
    }
  });

  it("were verified on a real date that is not in the future", () => {
    for (const claim of claims) {
      expect(Number.isNaN(Date.parse(claim.verified)), claim.id).toBe(false);
      expect(claim.verified <= today, claim.id).toBe(true);
    }
  });

  it("say how the site resolves every dispute, with at least two quotes", () => {
    for (const claim of claims.filter((candidate) => "dispute" in candidate)) {
      expect(claim.citations.length, claim.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("rules", () => {
  it("have unique ids and cite existing claims", () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      for (const claim of rule.claims)
        expect(claimIds.has(claim), `rule "${rule.id}" cites missing claim "${claim}"`).toBe(true);
    }
  });

  it("put every gate before every other rule, so a gate always explains a closed cell first", () => {
    const lastGate = rules.map((rule) => "gate" in rule && rule.gate === true).lastIndexOf(true);
    const firstOther = rules.findIndex((rule) => !("gate" in rule && rule.gate === true));
    expect(lastGate).toBeLessThan(firstOther);
  });

  it("phrase a rule that depends on a setting conditionally, so its reason stays true whatever the answer", () => {
    for (const rule of rules.filter((candidate) => settingsIn(candidate.when).size > 0)) {
      expect(rule.reason, `rule "${rule.id}"`).toMatch(/\b(when|if|unless)\b/i);
    }
  });

  it("give reasons as plain sentences an interface can show as they are", () => {
    for (const rule of rules) {
      expect(rule.reason, rule.id).toMatch(/^[A-Z].*[.]$/s);
      expect(rule.reason, rule.id).not.toMatch(/\n/);
    }
  });
});

describe("notes", () => {
  it("have unique ids and cite existing claims", () => {
    expect(new Set(notes.map((note) => note.id)).size).toBe(notes.length);
    for (const note of notes) for (const claim of note.claims) expect(claimIds.has(claim), note.id).toBe(true);
  });
});
