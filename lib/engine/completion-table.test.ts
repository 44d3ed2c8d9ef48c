import { describe, expect, it } from "vitest";
import { completions } from "./facts";
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
  it("builds, on demand, exactly the completions the full list holds", () => {
    fc.assert(
      fc.property(situationArbitrary, (situation) => {
        const all = completions(situation);
        const table = completionTable(situation);
        expect(table.unknown).toEqual(all[0]!.unknown);
        for (const completion of all) expect(table.at(completion.mask)).toEqual(completion);
      }),
      { numRuns: 50 },
    );
  });
});
