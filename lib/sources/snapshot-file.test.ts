import { describe, expect, it } from "vitest";
import { formatSnapshot, pageKeyOf, parseSnapshot, sha256, snapshotPath } from "./snapshot-file";

const snapshot = {
  url: "https://platform.claude.com/docs/en/manage-claude/cmek",
  captured: "2026-08-22",
  coverage: "full" as const,
  origin: "A test copy.",
  gone: [],
  text: "---\ntitle: CMEK\n---\n\nAudit log exports are disabled.\n",
};

describe("formatSnapshot and parseSnapshot", () => {
  it("round-trip a snapshot, text byte for byte, with its hash", () => {
    const parsed = parseSnapshot(formatSnapshot(snapshot), "cmek/2026-08-22.md");
    expect(parsed).toEqual({ ...snapshot, sha256: sha256(snapshot.text) });
  });

  it("keep the passages an excerpt names as gone", () => {
    const excerpt = { ...snapshot, coverage: "excerpt" as const, gone: ["old sentence one", "old sentence two"] };
    expect(parseSnapshot(formatSnapshot(excerpt), "x.md").gone).toEqual(["old sentence one", "old sentence two"]);
  });

  it("refuse a text changed after capture, naming the file", () => {
    const altered = formatSnapshot(snapshot).replace("disabled", "enabled");
    expect(() => parseSnapshot(altered, "cmek/2026-08-22.md")).toThrow(/cmek\/2026-08-22\.md: .*changed after capture/);
  });

  it("refuse a file without the header, or with a bad field", () => {
    expect(() => parseSnapshot("just text", "a.md")).toThrow(/must start with/);
    const badDate = formatSnapshot(snapshot).replace("captured: 2026-08-22", "captured: 22/08/2026");
    expect(() => parseSnapshot(badDate, "a.md")).toThrow(/captured/);
  });
});

describe("pageKeyOf and snapshotPath", () => {
  it("name a page by host and path", () => {
    expect(pageKeyOf("https://support.claude.com/en/articles/9970975-access-audit-logs/")).toBe(
      "support.claude.com/en/articles/9970975-access-audit-logs",
    );
    expect(snapshotPath(snapshot.url, "2026-08-22")).toBe(
      "platform.claude.com/docs/en/manage-claude/cmek/2026-08-22.md",
    );
  });
});
