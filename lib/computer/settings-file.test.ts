import { describe, expect, it } from "vitest";
import { mergeSettings, parseSettingsText } from "./settings-file";

describe("parseSettingsText", () => {
  it("sorts a settings file into what the reader uses and the names of the rest", () => {
    const parsed = parseSettingsText(
      JSON.stringify({
        $schema: "https://json.schemastore.org/claude-code-settings.json",
        env: { CLAUDE_CODE_ENABLE_TELEMETRY: "1", RETRIES: 3 },
        permissions: { deny: [] },
        cleanupPeriodDays: 14,
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.env).toEqual({ CLAUDE_CODE_ENABLE_TELEMETRY: "1" });
    expect(parsed.data.envNotText).toEqual(["RETRIES"]);
    expect(parsed.data.otherKeys).toEqual(["permissions"]);
    expect(parsed.data.policyKeys).toEqual(["env", "permissions", "cleanupPeriodDays"]);
  });

  it("reads a byte-order mark as nothing", () => {
    expect(parseSettingsText('\uFEFF{"model":"opus"}').ok).toBe(true);
  });

  it("explains malformed JSON without throwing", () => {
    const parsed = parseSettingsText('{ "env": { "A": "1", } }');
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) expect(parsed.problem).toMatch(/not valid JSON.*no trailing commas/);
  });

  it("refuses JSON that is not one object", () => {
    for (const text of ["[]", "42", '"settings"', "null"]) {
      expect(parseSettingsText(text)).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/not a settings file/),
      });
    }
  });

  it("counts a file that sets only the control key as delivering no policy", () => {
    const parsed = parseSettingsText('{"wslInheritsWindowsSettings": true}');
    expect(parsed.ok && parsed.data.policyKeys).toEqual([]);
  });
});

describe("mergeSettings", () => {
  it("replaces single values, combines lists and merges blocks key by key, as drop-ins do", () => {
    const merged = mergeSettings(
      { cleanupPeriodDays: 30, permissions: { deny: ["a", "b"] }, env: { A: "1", B: "1" }, fallbackModel: ["x", "y"] },
      { cleanupPeriodDays: 7, permissions: { deny: ["b", "c"] }, env: { B: "2" }, fallbackModel: ["z"] },
    );
    expect(merged).toEqual({
      cleanupPeriodDays: 7,
      permissions: { deny: ["a", "b", "c"] },
      env: { A: "1", B: "2" },
      fallbackModel: ["z"],
    });
  });
});
