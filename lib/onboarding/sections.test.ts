import { describe, expect, it } from "vitest";
import { layerSectionId, onboardingSectionIds } from "./sections";

describe("onboardingSectionIds", () => {
  it("keeps the published ids, in page order", () => {
    // Printed copies and intranet pages link to these: changing one breaks their links.
    expect(onboardingSectionIds({ hasPolicy: true })).toEqual([
      "who-to-ask",
      "policy",
      "what-they-can-see",
      "what-you-can-do",
      "layers",
      "layer-usage-analytics",
      "layer-audit-logs",
      "layer-exports-and-compliance-api",
      "layer-incognito",
      "layer-claude-code",
      "layer-anthropic-access",
      "read-more",
    ]);
  });

  it("leaves out the policy when the organization has none", () => {
    expect(onboardingSectionIds({ hasPolicy: false })).not.toContain("policy");
  });

  it("never repeats an id", () => {
    const ids = onboardingSectionIds({ hasPolicy: true });
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("layerSectionId", () => {
  it("prefixes the layer id", () => {
    expect(layerSectionId("audit-logs")).toBe("layer-audit-logs");
  });
});
