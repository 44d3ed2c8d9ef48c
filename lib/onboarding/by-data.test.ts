import { describe, expect, it } from "vitest";
import { isOrganizationAudience } from "@/lib/check/audiences";
import { groupCells } from "@/lib/check/group-cells";
import { completions } from "@/lib/engine/facts";
import { evaluate } from "@/lib/engine/evaluate";
import type { Report } from "@/lib/model/report-schema";
import { countVerdicts, relevantDataKinds, whoSeesByData } from "./by-data";
import { onboardingColumns } from "@/lib/content/one-pager";
import { northwind } from "./test-support";

const general = () => onboardingColumns().map((column) => column.report);
const organizationVerdicts = (report: Report, data: string) =>
  report.cells
    .filter((cell) => cell.data === data && isOrganizationAudience(cell.audience))
    .map((cell) => cell.verdict);

describe("whoSeesByData", () => {
  it("gives each data kind either a lone no or its yes and possible entries, never both kinds", () => {
    for (const report of general()) {
      for (const [data, entries] of whoSeesByData(report)) {
        const verdicts = organizationVerdicts(report, data);
        if (verdicts.every((verdict) => verdict === "no"))
          expect(entries.map((entry) => entry.verdict)).toEqual(["no"]);
        else expect(entries.every((entry) => entry.verdict !== "no" && entry.audiences.length > 0)).toBe(true);
      }
    }
  });

  it("names exactly the organization's audiences at each verdict", () => {
    // Enterprise with nothing known: exports depend on customer-managed encryption keys, the Compliance API and
    // Inference hooks are unknown, so everyone in the organization who could see chats only might.
    const report = general()[1]!;
    const chat = whoSeesByData(report).get("chat-content")!;
    expect(chat).toEqual([
      expect.objectContaining({
        verdict: "possible",
        audiences: ["primary-owner", "owners", "admins", "compliance-key-holders", "inference-hook-server"],
      }),
    ]);
    const team = whoSeesByData(general()[0]!).get("chat-content")!;
    expect(team).toEqual([
      expect.objectContaining({ verdict: "yes", audiences: ["primary-owner"] }),
      expect.objectContaining({ verdict: "possible", audiences: ["owners"] }),
    ]);
  });

  it("links each entry to an explanation the full report renders", () => {
    for (const report of general()) {
      const anchors = new Set([...groupCells(report).values()].flat().map((group) => group.anchor));
      for (const entries of whoSeesByData(report).values()) {
        for (const entry of entries) expect(anchors).toContain(entry.anchor);
      }
    }
  });

  it("never turns an unknown setting into a no: a no stays no with every setting on or off", () => {
    for (const report of general()) {
      const settled = completions(report.situation).map((completion) =>
        evaluate({ ...report.situation, settings: { ...report.situation.settings, ...completion.facts.settings } }),
      );
      for (const [data, entries] of whoSeesByData(report)) {
        if (entries[0]!.verdict !== "no") continue;
        for (const each of settled) expect(organizationVerdicts(each, data).every((v) => v === "no")).toBe(true);
      }
    }
  });

  it("gives fewer possibles with Northwind's stated settings than with nothing known", () => {
    const stated = countVerdicts(whoSeesByData(onboardingColumns(northwind())[0]!.report).values());
    const unknown = countVerdicts(whoSeesByData(general()[1]!).values());
    expect(stated.possible).toBeLessThan(unknown.possible);
    expect(stated.yes).toBeGreaterThan(unknown.yes);
  });
});

describe("relevantDataKinds", () => {
  it("leaves out data from surfaces typical use does not touch, most revealing first", () => {
    const rows = relevantDataKinds(general());
    expect(rows[0]).toBe("chat-content");
    expect(rows).toContain("claude-code-transcripts");
    expect(rows).not.toContain("cowork-sessions");
    expect(rows).not.toContain("api-content");
  });
});

describe("countVerdicts", () => {
  it("counts entries per verdict", () => {
    const entries = [
      [{ verdict: "yes" as const, audiences: [], anchor: "a" }],
      [{ verdict: "no" as const, audiences: [], anchor: "b" }],
    ];
    expect(countVerdicts(entries)).toEqual({ yes: 1, possible: 0, no: 1 });
  });
});
