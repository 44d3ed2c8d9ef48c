import { describe, expect, it } from "vitest";
import { toSituation } from "@/lib/content/check-questions";
import { makeSituation } from "@/lib/model/situation-schema";
import { checkLinkFor, presetCheckLink, presetPath } from "./check-links";
import { decodeAnswers } from "./url-state";

const situation = makeSituation({
  account: "enterprise",
  surfaces: ["claude-apps"],
  behaviours: ["incognito"],
  settings: { "compliance-api": "yes", "custom-retention": "yes" },
  retentionDays: 90,
});

describe("presetPath", () => {
  it("is the preset's report page", () => {
    expect(presetPath("team-basics")).toBe("/check/report/team-basics/");
  });
});

describe("checkLinkFor", () => {
  it("opens the check with answers that give back the same situation", () => {
    const link = checkLinkFor(situation);
    expect(link.startsWith("/check/#")).toBe(true);
    const { answers, notices } = decodeAnswers(link.slice("/check/".length));
    expect(notices).toEqual([]);
    expect(toSituation(answers)).toEqual(situation);
  });

  it("leaves unknown settings out of the link, since unknown is the questionnaire's default", () => {
    expect(checkLinkFor(situation)).not.toMatch(/unknown/);
  });
});

describe("presetCheckLink", () => {
  it("is the check's link for the preset's situation", () => {
    expect(presetCheckLink({ situation })).toBe(checkLinkFor(situation));
  });
});
