import { describe, expect, it } from "vitest";
import { MAX_PAGE_BYTES, detectKind } from "./detect";

const settings = JSON.stringify({ env: { CLAUDE_CODE_ENABLE_TELEMETRY: "1" } });
const status = " Login method: Claude Team Account\n Setting sources: User settings";

describe("detectKind", () => {
  it("knows the documented files by name, and /status by its rows", () => {
    expect(detectKind("managed-settings.json", settings, "auto")).toEqual({ ok: true, kind: "managed-file" });
    expect(detectKind("remote-settings.json", "{}", "auto")).toEqual({ ok: true, kind: "server-managed-cache" });
    expect(detectKind("settings.json", settings, "auto")).toEqual({ ok: true, kind: "user-settings" });
    expect(detectKind("pasted text", status, "auto")).toEqual({ ok: true, kind: "status" });
    expect(detectKind("status.txt", status, "auto")).toEqual({ ok: true, kind: "status" });
  });

  it("takes the person's choice for a name it does not know", () => {
    expect(detectKind("10-telemetry.json", settings, "auto")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Choose what it is"),
    });
    expect(detectKind("10-telemetry.json", settings, "managed-drop-in")).toEqual({ ok: true, kind: "managed-drop-in" });
  });

  it("explains malformed JSON, and suggests /status for text that is not JSON", () => {
    expect(detectKind("managed-settings.json", '{ "env": { } ', "auto")).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^managed-settings\.json was read as managed-settings\.json, but it is not valid JSON/,
      ),
    });
    expect(detectKind("pasted text", "hello", "managed-file")).toMatchObject({
      ok: false,
      message: expect.stringContaining("choose that under"),
    });
  });

  it("refuses the wrong kind of file with a reason", () => {
    const cases: [string, string, RegExp][] = [
      ["pasted text", "hello there", /does not look like the text of \/status/],
      [".claude.json", "{}", /holds your sign-in/],
      ["pasted text", JSON.stringify({ oauthAccount: {}, numStartups: 2 }), /holds your sign-in/],
      [".credentials.json", "{}", /Do not paste or share it/],
      ["abc.jsonl", '{"type":"user"}', /transcript/],
      ["settings.local.json", "{}", /project's own settings/],
      ["picture.png", "\u0000PNG", /not a text file/],
      ["empty.json", "  ", /is empty/],
      ["settings.json", "[1, 2]", /not a settings file/],
    ];
    for (const [name, text, message] of cases) {
      expect(detectKind(name, text, "auto"), name).toMatchObject({
        ok: false,
        message: expect.stringMatching(message),
      });
    }
  });

  it("refuses text longer than the page reads", () => {
    expect(detectKind("pasted text", "x".repeat(MAX_PAGE_BYTES + 1), "status")).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing you added before is lost"),
    });
  });
});
