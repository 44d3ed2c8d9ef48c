import { describe, expect, it } from "vitest";
import { settingsFor } from "@/lib/check/answers";
import { unstatedSettings, type OnboardingOrg } from "./columns";
import { onboardingColumns, onboardingPlans, typicalSituation } from "@/lib/content/one-pager";
import { northwind } from "./test-support";

/** A made-up organization; only the plan and settings matter here. */
const example = (fields: Partial<OnboardingOrg> & Pick<OnboardingOrg, "plan">): OnboardingOrg => ({
  name: "Example",
  statedOn: "2026-11-01",
  contact: { team: "IT", email: "it@example.org" },
  settings: {},
  ...fields,
});

describe("typicalSituation", () => {
  it("leaves every setting unknown without an organization", () => {
    const situation = typicalSituation("enterprise");
    expect(Object.values(situation.settings).every((answer) => answer === "unknown")).toBe(true);
    expect(situation.surfaces).toEqual(["claude-apps", "claude-code-work-login"]);
    expect(situation.behaviours).toContain("incognito");
  });

  it("uses the organization's statements and its retention period, and nothing else", () => {
    const org = example({
      plan: "enterprise",
      settings: { "compliance-api": "yes", "custom-retention": "yes" },
      retentionDays: 90,
    });
    const situation = typicalSituation("enterprise", org);
    expect(situation.settings["compliance-api"]).toBe("yes");
    expect(situation.settings["custom-retention"]).toBe("yes");
    expect(situation.settings.zdr).toBe("unknown");
    expect(situation.retentionDays).toBe(90);
  });

  it("drops what the plan does not have: no app behaviours on a Console organization", () => {
    expect(typicalSituation("console").behaviours).toEqual([]);
  });

  it("takes the partner cloud from the organization, and refuses to guess it", () => {
    const org = example({ plan: "partner-cloud", partnerCloud: "bedrock" });
    expect(typicalSituation("partner-cloud", org).partnerCloud).toBe("bedrock");
    expect(() => typicalSituation("partner-cloud")).toThrow(/cloud/);
  });
});

describe("onboardingPlans", () => {
  it("is Team and Enterprise in the general edition, the organization's plan in its own", () => {
    expect(onboardingPlans()).toEqual(["team", "enterprise"]);
    expect(onboardingPlans({ plan: "console" })).toEqual(["console"]);
  });
});

describe("onboardingColumns", () => {
  it("marks only an organization's column as stated", () => {
    expect(onboardingColumns().map((column) => [column.planLabel, column.stated])).toEqual([
      ["Team plan", false],
      ["Enterprise plan", false],
    ]);
    expect(onboardingColumns(northwind()).map((column) => [column.plan, column.stated])).toEqual([
      ["enterprise", true],
    ]);
  });
});

describe("unstatedSettings", () => {
  it("names the plan's settings the organization leaves out", () => {
    const org = example({ plan: "enterprise", settings: { zdr: "no" } });
    const expected = settingsFor("enterprise")
      .map((setting) => setting.id)
      .filter((id) => id !== "zdr");
    expect(unstatedSettings(org)).toEqual(expected);
  });

  it("is empty for Northwind, which states every Enterprise setting", () => {
    expect(unstatedSettings(northwind())).toEqual([]);
  });
});
