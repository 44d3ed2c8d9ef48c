import { describe, expect, it } from "vitest";
import { fixtureChange, fixtureRefs } from "./fixtures";
import { compareNewestFirst, parseChangeLog, sortNewestFirst } from "./load";

/** The error message parseChangeLog throws for this input, or "" when it parses. */
function problems(input: unknown): string {
  try {
    parseChangeLog(input, fixtureRefs);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("parseChangeLog", () => {
  it("accepts a valid entry and leaves it unchanged", () => {
    const change = fixtureChange();
    expect(parseChangeLog([change], fixtureRefs)).toEqual([change]);
  });

  it("accepts an empty log", () => {
    expect(parseChangeLog([], fixtureRefs)).toEqual([]);
  });

  it("returns the entries newest first", () => {
    const older = fixtureChange({ id: "older", date: "2026-06-01", recorded: "2026-08-20" });
    const newer = fixtureChange({ id: "newer", date: "2026-07-08", recorded: "2026-08-20" });
    expect(parseChangeLog([older, newer], fixtureRefs).map((change) => change.id)).toEqual(["newer", "older"]);
  });

  it("starts the message with the file to look in and names the entry on every line", () => {
    const message = problems([fixtureChange({ id: "Owner_Keys", title: "" })]);
    expect(message).toMatch(/^The change log in content\/changes\/ is invalid:\n/);
    expect(message).toContain('- change "Owner_Keys": ids are lower-case words joined by hyphens (at id)');
    expect(message).toContain('- change "Owner_Keys": a change needs a title (at title)');
  });

  it("refuses an impossible date", () => {
    expect(problems([fixtureChange({ date: "2026-02-30" })])).toContain(
      'change "owners-compliance-keys": expected a real calendar day written YYYY-MM-DD, such as 2026-08-14 (at date)',
    );
  });

  it("refuses a date or a recorded day after today", () => {
    expect(problems([fixtureChange({ date: "2026-11-23", recorded: "2026-11-23" })])).toContain(
      'change "owners-compliance-keys" has date 2026-11-23, which is after today (2026-11-22); use the real day',
    );
    expect(problems([fixtureChange({ recorded: "2026-12-01" })])).toContain(
      'change "owners-compliance-keys" has recorded 2026-12-01, which is after today (2026-11-22)',
    );
  });

  it("refuses a change recorded before it happened", () => {
    expect(problems([fixtureChange({ date: "2026-08-21", recorded: "2026-08-20" })])).toContain(
      `change "owners-compliance-keys" was recorded on 2026-08-20, before Anthropic's change on 2026-08-21; "recorded" must be on or after "date"`,
    );
  });

  it("accepts a change recorded on the day it happened", () => {
    expect(problems([fixtureChange({ date: "2026-08-20", recorded: "2026-08-20" })])).toBe("");
  });

  it("refuses an id used twice", () => {
    expect(problems([fixtureChange(), fixtureChange({ title: "Again" })])).toContain(
      'change id "owners-compliance-keys" is used twice; each entry needs its own id, which is also its anchor',
    );
  });

  it("refuses claims, sources and layers the model does not have", () => {
    const message = problems([fixtureChange({ claims: ["owner-keyz"], sources: ["nowhere"], layers: ["decoder"] })]);
    expect(message).toContain(
      'change "owners-compliance-keys" names claim "owner-keyz", which does not exist in content/model/claims/ (at claims.0)',
    );
    expect(message).toContain(
      'change "owners-compliance-keys" names source "nowhere", which does not exist in content/model/sources.ts',
    );
    expect(message).toContain(
      'change "owners-compliance-keys" names layer "decoder", which does not exist in content/layers/index.ts',
    );
  });

  it("refuses the same claim listed twice", () => {
    expect(problems([fixtureChange({ claims: ["owner-keys", "owner-keys"] })])).toContain(
      'change "owners-compliance-keys" lists claim "owner-keys" more than once',
    );
  });

  it("refuses a change that names no source", () => {
    expect(problems([fixtureChange({ sources: [] })])).toContain(
      "a change names at least one source: the page that changed (at sources)",
    );
  });

  it("refuses account, data and audience ids the vocabulary does not have", () => {
    const move = fixtureChange().verdicts[0]!;
    const bad = { ...move, accounts: ["enterprize"], data: "chats", audience: "bosses" };
    const message = problems([{ ...fixtureChange(), verdicts: [bad] }]);
    expect(message).toMatch(/change "owners-compliance-keys": .*\(at verdicts\.0\.accounts\.0\)/);
    expect(message).toMatch(/change "owners-compliance-keys": .*\(at verdicts\.0\.data\)/);
    expect(message).toMatch(/change "owners-compliance-keys": .*\(at verdicts\.0\.audience\)/);
  });

  it("refuses a verdict move whose verdict does not move", () => {
    const move = { ...fixtureChange().verdicts[0]!, before: "yes" as const, after: "yes" as const };
    expect(problems([fixtureChange({ verdicts: [move] })])).toContain(
      'change "owners-compliance-keys" lists the verdict for owners / chat-content as moving from "yes" to "yes"',
    );
  });

  it("accepts a verdict that was not covered before", () => {
    const move = { ...fixtureChange().verdicts[0]!, before: "not covered" as const, after: "possible" as const };
    expect(problems([fixtureChange({ verdicts: [move] })])).toBe("");
  });

  it("refuses a field the shape does not have", () => {
    expect(problems([{ ...fixtureChange(), author: "someone" }])).toMatch(/change "owners-compliance-keys": .*author/);
  });

  it("names an entry without a usable id by its position", () => {
    expect(problems([{ ...fixtureChange(), id: 7 }])).toMatch(/- entry 1: .*\(at id\)/);
  });
});

describe("sortNewestFirst", () => {
  it("orders by date, then recorded day, then id, and leaves its input alone", () => {
    const input = [
      fixtureChange({ id: "b", date: "2026-07-01", recorded: "2026-08-01" }),
      fixtureChange({ id: "a", date: "2026-07-01", recorded: "2026-08-01" }),
      fixtureChange({ id: "c", date: "2026-07-01", recorded: "2026-08-15" }),
      fixtureChange({ id: "d", date: "2026-07-20", recorded: "2026-07-20" }),
    ];
    expect(sortNewestFirst(input).map((change) => change.id)).toEqual(["d", "c", "a", "b"]);
    expect(input.map((change) => change.id)).toEqual(["b", "a", "c", "d"]);
  });
});

describe("compareNewestFirst", () => {
  it("says two entries with the same dates and id are equal", () => {
    expect(compareNewestFirst(fixtureChange(), fixtureChange())).toBe(0);
  });
});
