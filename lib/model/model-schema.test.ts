import { describe, expect, it } from "vitest";
import { authoredModel } from "@/lib/content/model";
import { isOfficialHost, isoToday, modelIssues, modelSchemaFor, parseModel, type Model } from "./model-schema";

const today = "2026-11-29";
const valid = (): Model => parseModel(structuredClone(authoredModel), today);
const messagesFor = (change: (model: Model) => void): string[] => {
  const model = valid();
  change(model);
  return modelIssues(model, today).map((issue) => issue.message);
};

describe("isOfficialHost", () => {
  it("accepts Anthropic's domains and their subdomains only", () => {
    expect(isOfficialHost("claude.com")).toBe(true);
    expect(isOfficialHost("support.anthropic.com")).toBe(true);
    expect(isOfficialHost("notclaude.com")).toBe(false);
    expect(isOfficialHost("claude.com.example.org")).toBe(false);
    expect(isOfficialHost("doc.tonyhub.xyz")).toBe(false);
  });
});

describe("modelIssues", () => {
  it("finds nothing wrong with the real model", () => {
    expect(modelIssues(valid(), today)).toEqual([]);
  });

  it("names a rule that cites a missing claim", () => {
    expect(messagesFor((model) => model.rules[0]?.claims.push("roles-exportz"))).toContain(
      `rule "${authoredModel.rules[0]?.id}" cites claim "roles-exportz", which does not exist`,
    );
  });

  it("names a claim that cites a missing source", () => {
    expect(messagesFor((model) => model.claims[0]?.citations.push({ source: "nowhere", quote: "q" }))).toContain(
      `claim "${authoredModel.claims[0]?.id}" cites source "nowhere", which does not exist`,
    );
  });

  it("refuses duplicate ids", () => {
    expect(
      messagesFor((model) => model.claims.push(structuredClone(model.claims[0] as Model["claims"][number]))),
    ).toContain(`claim id "${authoredModel.claims[0]?.id}" is used twice; ids must be unique`);
  });

  it("refuses dates after today", () => {
    expect(messagesFor((model) => Object.assign(model.claims[0] ?? {}, { verified: "2026-12-01" }))).toContain(
      `claim "${authoredModel.claims[0]?.id}" was verified on 2026-12-01, which is after today (2026-11-29)`,
    );
  });

  it("keeps official sources on Anthropic's domains and third-party ones off them", () => {
    const official = authoredModel.sources.findIndex((source) => source.kind === "official");
    expect(
      messagesFor((model) => Object.assign(model.sources[official] ?? {}, { url: "https://doc.tonyhub.xyz/x" }))[0],
    ).toMatch(
      /is marked official but its URL is on doc\.tonyhub\.xyz; official sources must be on claude\.com, anthropic\.com or their subdomains/,
    );
    const thirdParty = authoredModel.sources.findIndex((source) => source.kind === "third-party");
    expect(
      messagesFor((model) => Object.assign(model.sources[thirdParty] ?? {}, { url: "https://claude.com/x" }))[0],
    ).toMatch(/mark it official/);
  });

  it("requires a dispute to quote two official citations", () => {
    const single = authoredModel.claims.findIndex((claim) => claim.citations.length === 1);
    expect(
      messagesFor((model) => Object.assign(model.claims[single] ?? {}, { dispute: { resolution: "r" } }))[0],
    ).toMatch(/must quote at least two official citations/);
  });

  it("keeps official citations before third-party ones", () => {
    const thirdPartySource = authoredModel.sources.find((source) => source.kind === "third-party")?.id ?? "";
    expect(
      messagesFor((model) => model.claims[0]?.citations.unshift({ source: thirdPartySource, quote: "q" }))[0],
    ).toMatch(/put official sources first/);
  });
});

describe("modelSchemaFor", () => {
  it("reports cross-reference problems as schema issues", () => {
    const model = valid();
    model.rules[0]?.claims.push("missing");
    expect(modelSchemaFor(today).safeParse(model).success).toBe(false);
  });
});

describe("parseModel", () => {
  it("parses the real model", () => {
    expect(parseModel(authoredModel, today).claims.length).toBe(authoredModel.claims.length);
  });

  it("throws one error listing every problem with its location", () => {
    const model = valid();
    model.rules[0]?.claims.push("roles-exportz");
    expect(() => parseModel(model, today)).toThrow(
      /The visibility model in content\/model\/ is invalid:\n- rule ".*" cites claim "roles-exportz", which does not exist \(at rules\.0\.claims\.\d+\)/,
    );
  });
});

describe("isoToday", () => {
  it("returns today's date as YYYY-MM-DD", () => {
    expect(isoToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
