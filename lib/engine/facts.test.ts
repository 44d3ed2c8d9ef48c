import { describe, expect, it } from "vitest";
import { completions } from "./facts";
import { makeSituation } from "@/lib/model/situation-schema";
import { settingIds } from "@/lib/model/vocabulary";

describe("completions", () => {
  it("gives one completion for a fully known situation", () => {
    const situation = makeSituation({
      account: "team",
      settings: {
        "compliance-api": "no",
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
    expect(completions(situation)).toHaveLength(1);
  });

  it("tries every unknown both ways, one bit per unknown in vocabulary order", () => {
    const situation = makeSituation({
      account: "enterprise",
      settings: {
        "compliance-api": "unknown",
        zdr: "unknown",
        "custom-retention": "yes",
        "access-transparency": "no",
        cmek: "no",
        "otel-monitoring": "no",
        "otel-prompts": "no",
        "cowork-otel": "no",
        "work-email": "no",
        "inference-hooks": "no",
        "compliance-key-shared": "no",
      },
      retentionDays: 60,
    });
    const all = completions(situation);
    expect(all).toHaveLength(4);
    expect(all.map((completion) => completion.unknown)).toEqual(Array(4).fill(["compliance-api", "zdr"]));
    expect(all.map(({ facts }) => [facts.settings["compliance-api"], facts.settings.zdr])).toEqual([
      ["no", "no"],
      ["yes", "no"],
      ["no", "yes"],
      ["yes", "yes"],
    ]);
    expect(all.every(({ facts }) => facts.retentionDays === 60 && facts.settings["custom-retention"] === "yes")).toBe(
      true,
    );
  });

  it("gives 2^n completions when all n settings are unknown", () => {
    expect(completions(makeSituation({ account: "personal" }))).toHaveLength(2 ** settingIds.length);
  });
});
