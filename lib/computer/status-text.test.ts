import { describe, expect, it } from "vitest";
import { parseStatusText, readLoginMethod } from "./status-text";

const status = `
 Status   Config   Usage

 Version: 2.1.230
 Session ID: 00000000-0000-0000-0000-000000000000
 cwd: /home/jane/work
 Login method: Claude Team Account
 Organization: Northwind
 Email: jane.doe@example.com

 Model: Default
 Setting sources: User settings, Project local settings, Enterprise managed settings (file + drop-ins)
`;

describe("parseStatusText", () => {
  it("reads rows and the managed source named on the Setting sources line", () => {
    const parsed = parseStatusText(status)!;
    expect(parsed.rows.get("login method")).toBe("Claude Team Account");
    expect(parsed.managedSource).toBe("file + drop-ins");
    expect(parsed.otherSources).toEqual(["User settings", "Project local settings"]);
  });

  it("reads rows inside a terminal's box borders", () => {
    const parsed = parseStatusText("│ Login method: Claude Max Account │\n│ Setting sources: User settings │")!;
    expect(parsed.rows.get("login method")).toBe("Claude Max Account");
    expect(parsed.managedSource).toBeUndefined();
  });

  it("says a text without any /status row is not /status", () => {
    expect(parseStatusText('{ "env": {} }')).toBeUndefined();
    expect(parseStatusText("Dear team: hello")).toBeUndefined();
  });
});

describe("readLoginMethod", () => {
  it("places only the plan and provider names Anthropic's pages use", () => {
    expect(readLoginMethod("Claude Max Account")).toEqual({ kind: "plan", account: "personal" });
    expect(readLoginMethod("Claude Pro Account")).toEqual({ kind: "plan", account: "personal" });
    expect(readLoginMethod("Claude Team Account")).toEqual({ kind: "plan", account: "team" });
    expect(readLoginMethod("Claude Enterprise Account")).toEqual({ kind: "plan", account: "enterprise" });
    expect(readLoginMethod("Claude Console Account")).toEqual({ kind: "plan", account: "console" });
    expect(readLoginMethod("AWS Bedrock")).toEqual({ kind: "cloud", cloud: "bedrock" });
  });

  it("calls anything else, or two plan names at once, unclear", () => {
    expect(readLoginMethod("Something new")).toEqual({ kind: "unclear" });
    expect(readLoginMethod("Team or Enterprise")).toEqual({ kind: "unclear" });
  });
});
