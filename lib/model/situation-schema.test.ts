import { describe, expect, it } from "vitest";
import { makeSituation, situationSchema } from "./situation-schema";

const messages = (input: unknown) => situationSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe("makeSituation", () => {
  it("fills lists with nothing and every unanswered setting with unknown", () => {
    expect(makeSituation({ account: "team", settings: { zdr: "no" } })).toEqual({
      account: "team",
      surfaces: [],
      behaviours: [],
      settings: {
        "compliance-api": "unknown",
        "custom-retention": "unknown",
        zdr: "no",
        "access-transparency": "unknown",
        cmek: "unknown",
        "otel-monitoring": "unknown",
        "otel-prompts": "unknown",
        "cowork-otel": "unknown",
        "compliance-key-shared": "unknown",
        "inference-hooks": "unknown",
        "work-email": "unknown",
      },
    });
  });

  it("throws on answers that cannot be", () => {
    expect(() => makeSituation({ account: "partner-cloud" })).toThrow(/which partner cloud/);
  });
});

describe("situationSchema", () => {
  const base = makeSituation({ account: "enterprise" });

  it("ties partnerCloud to the partner-cloud account", () => {
    expect(messages({ ...base, partnerCloud: "bedrock" })).toEqual([
      'partnerCloud only applies to the "partner-cloud" account, not "enterprise"',
    ]);
  });

  it("refuses repeated surfaces", () => {
    expect(messages({ ...base, surfaces: ["cowork", "cowork"] })).toEqual(['"cowork" is listed twice in surfaces']);
  });

  it("keeps the retention period to Anthropic's minimum and to custom retention", () => {
    expect(situationSchema.safeParse({ ...base, retentionDays: 29 }).success).toBe(false);
    expect(messages({ ...base, settings: { ...base.settings, "custom-retention": "no" }, retentionDays: 90 })).toEqual([
      'a retention period is given, but custom retention is answered "no"',
    ]);
  });

  it("requires every setting", () => {
    const missing = Object.fromEntries(Object.entries(base.settings).filter(([id]) => id !== "zdr"));
    expect(situationSchema.safeParse({ ...base, settings: missing }).success).toBe(false);
  });
});
