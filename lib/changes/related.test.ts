import { describe, expect, it } from "vitest";
import { fixtureChange } from "./fixtures";
import { sortNewestFirst } from "./load";
import { changesByAccount, changesForAccount, changesForLayer } from "./related";

const move = fixtureChange().verdicts[0]!;
const log = sortNewestFirst([
  fixtureChange({
    id: "team-and-enterprise",
    date: "2026-08-01",
    layers: ["audit-logs"],
    verdicts: [{ ...move, accounts: ["team", "enterprise"] }],
  }),
  fixtureChange({ id: "wording-only", date: "2026-07-20", layers: ["audit-logs", "incognito"], verdicts: [] }),
  fixtureChange({ id: "enterprise-only", date: "2026-07-08", layers: ["incognito"] }),
]);

describe("changesForLayer", () => {
  it("links the entries that list the layer, newest first, to their anchors", () => {
    expect(changesForLayer(log, "audit-logs")).toEqual([
      { id: "team-and-enterprise", title: log[0]!.title, date: "2026-08-01", href: "/changes/#team-and-enterprise" },
      { id: "wording-only", title: log[1]!.title, date: "2026-07-20", href: "/changes/#wording-only" },
    ]);
  });

  it("gives nothing for a layer no entry touched", () => {
    expect(changesForLayer(log, "claude-code")).toEqual([]);
  });
});

describe("changesForAccount", () => {
  it("keeps the entries that moved a verdict on the account", () => {
    expect(changesForAccount(log, "enterprise").map((link) => link.id)).toEqual([
      "team-and-enterprise",
      "enterprise-only",
    ]);
    expect(changesForAccount(log, "team").map((link) => link.id)).toEqual(["team-and-enterprise"]);
    expect(changesForAccount(log, "personal")).toEqual([]);
  });

  it("keeps at most the newest few", () => {
    expect(changesForAccount(log, "enterprise", 1).map((link) => link.id)).toEqual(["team-and-enterprise"]);
  });
});

describe("changesByAccount", () => {
  it("has an entry only for accounts with changes", () => {
    const byAccount = changesByAccount(log, ["personal", "team", "enterprise"]);
    expect(Object.keys(byAccount).sort()).toEqual(["enterprise", "team"]);
    expect(byAccount.team?.[0]?.href).toBe("/changes/#team-and-enterprise");
  });
});
