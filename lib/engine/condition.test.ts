import { describe, expect, it } from "vitest";
import { holds, settingsIn } from "./condition";
import { completions, type Facts } from "./facts";
import {
  account,
  all,
  any,
  behaviour,
  not,
  partnerCloud,
  settingOff,
  settingOn,
  surface,
} from "@/lib/model/conditions";
import { makeSituation } from "@/lib/model/situation-schema";

function facts(): Facts {
  const situation = makeSituation({
    account: "partner-cloud",
    partnerCloud: "bedrock",
    surfaces: ["claude-api"],
    behaviours: ["incognito"],
    settings: {
      "compliance-api": "yes",
      "custom-retention": "no",
      zdr: "no",
      "access-transparency": "no",
      cmek: "no",
      "otel-monitoring": "no",
      "otel-prompts": "no",
      "cowork-otel": "no",
      "work-email": "no",
      "inference-hooks": "no",
      "compliance-key-shared": "no",
    },
  });
  const [only] = completions(situation);
  if (!only) throw new Error("a fully known situation has one completion");
  return only.facts;
}

describe("holds", () => {
  it("tests the account, partner cloud, surfaces and behaviours", () => {
    expect(holds(account("partner-cloud"), facts())).toBe(true);
    expect(holds(account("team", "enterprise"), facts())).toBe(false);
    expect(holds(partnerCloud("bedrock"), facts())).toBe(true);
    expect(holds(partnerCloud("foundry"), facts())).toBe(false);
    expect(holds(surface("claude-apps", "claude-api"), facts())).toBe(true);
    expect(holds(behaviour("delete-chat"), facts())).toBe(false);
  });

  it("tests settings as yes or no", () => {
    expect(holds(settingOn("compliance-api"), facts())).toBe(true);
    expect(holds(settingOff("zdr"), facts())).toBe(true);
    expect(holds(settingOn("zdr"), facts())).toBe(false);
  });

  it("combines with all, any and not; an empty all holds", () => {
    expect(holds(all(), facts())).toBe(true);
    expect(holds(all(account("partner-cloud"), behaviour("incognito")), facts())).toBe(true);
    expect(holds(any(account("team"), surface("claude-api")), facts())).toBe(true);
    expect(holds(not(any(account("team"), account("console"))), facts())).toBe(true);
  });

  it("refuses an unknown kind loudly instead of guessing", () => {
    expect(() => holds({ kind: "mystery" } as never, facts())).toThrow(/Unknown condition kind/);
  });
});

describe("settingsIn", () => {
  it("lists the settings a condition mentions, however deeply", () => {
    expect([...settingsIn(all(account("enterprise"), not(any(settingOn("zdr"), settingOff("cmek")))))].sort()).toEqual([
      "cmek",
      "zdr",
    ]);
    expect(settingsIn(surface("claude-apps")).size).toBe(0);
  });
});
