import { describe, expect, it } from "vitest";
import { makeSituation } from "@/lib/model/situation-schema";
import { settingIds } from "@/lib/model/vocabulary";
import { completionTable, submasks } from "./completion-table";
import { situationArbitrary } from "./situation-arbitrary";
import fc from "fast-check";

describe("submasks", () => {
  it("lists every mask made of some of the bits, in ascending order", () => {
    expect(submasks(0)).toEqual([0]);
    expect(submasks(0b1010)).toEqual([0b0000, 0b0010, 0b1000, 0b1010]);
  });
});

describe("completionTable", () => {
  it("answers each unknown setting by its bit of the mask and keeps every other answer", () => {
    fc.assert(
      fc.property(situationArbitrary, fc.nat(), (situation, seed) => {
        const table = completionTable(situation);
        expect(table.unknown).toEqual(settingIds.filter((id) => situation.settings[id] === "unknown"));
        const mask = seed % 2 ** table.unknown.length;
        const { facts } = table.at(mask);
        for (const id of settingIds) {
          const bit = table.unknown.indexOf(id);
          expect(facts.settings[id]).toBe(bit < 0 ? situation.settings[id] : mask & (1 << bit) ? "yes" : "no");
        }
        expect(facts.account).toBe(situation.account);
        expect([...facts.surfaces]).toEqual([...new Set(situation.surfaces)]);
        expect(table.at(mask)).toBe(table.at(mask));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the mask of the unknowns among some settings", () => {
    const table = completionTable(
      makeSituation({
        account: "enterprise",
        surfaces: ["claude-apps"],
        settings: { zdr: "unknown", cmek: "unknown", "work-email": "no" },
      }),
    );
    expect(table.maskOf(new Set(["cmek"]))).toBe(1 << table.unknown.indexOf("cmek"));
    expect(table.maskOf(new Set(["work-email"]))).toBe(0);
  });
});
