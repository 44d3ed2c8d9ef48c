import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOrgProfile, MAX_LOGO_BYTES, OrgProfileError } from "./load";

const example = "examples/northwind/org-profile.json";

/** A valid minimal profile, to break one field at a time. */
const minimal = {
  name: "Example Org",
  statedOn: "2026-11-01",
  plan: "enterprise",
  contact: { team: "IT", email: "it@example.org" },
};

function writeProfile(data: unknown, files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "org-profile-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const file = join(dir, "profile.json");
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

function problemsOf(data: unknown, files?: Record<string, string | Buffer>): string[] {
  try {
    loadOrgProfile(writeProfile(data, files));
  } catch (error) {
    if (error instanceof OrgProfileError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadOrgProfile", () => {
  it("accepts the shipped example, with its logo", () => {
    const loaded = loadOrgProfile(example);
    expect(loaded.profile.name).toBe("Northwind Traders");
    expect(loaded.profile.basePath).toBe("/privacy/ai");
    expect(loaded.logoFile).toMatch(/examples\/northwind\/logo\.svg$/);
  });

  it("accepts a minimal profile and fills the defaults", () => {
    const { profile } = loadOrgProfile(writeProfile(minimal));
    expect(profile.settings).toEqual({});
    expect(profile.embedOrigins).toEqual([]);
  });

  it.each([
    ["an unknown field", { ...minimal, colour: "red" }, /unknown field: "colour"/],
    ["an unknown setting", { ...minimal, settings: { "complience-api": true } }, /in "settings": "complience-api"/],
    [
      "a wrong type",
      { ...minimal, settings: { zdr: "yes" } },
      /field "settings\.zdr": found "yes"; expected .*boolean/,
    ],
    [
      "a bad colour",
      { ...minimal, accentColor: "teal" },
      /field "accentColor": found "teal"; expected a colour written as "#"/,
    ],
    [
      "an unreadable colour",
      { ...minimal, accentColor: "#ffff00" },
      /field "accentColor": found "#ffff00"; expected .*contrast/,
    ],
    [
      "an unreadable dark colour",
      { ...minimal, accentColorDark: "#1d1d80" },
      /field "accentColorDark": found "#1d1d80"; expected .*dark backgrounds/,
    ],
    [
      "a logo path leaving the folder",
      { ...minimal, logo: { path: "../../etc/logo.svg", alt: "x" } },
      /field "logo\.path": found "\.\.\/\.\.\/etc\/logo\.svg"; expected a path inside the profile's folder/,
    ],
    [
      "an absolute logo path",
      { ...minimal, logo: { path: "/etc/passwd", alt: "x" } },
      /field "logo\.path": found "\/etc\/passwd"; expected a path relative/,
    ],
    [
      "a logo that is not an image",
      { ...minimal, logo: { path: "logo.html", alt: "x" } },
      /field "logo\.path": found "logo\.html"; expected an \.svg, \.png/,
    ],
    [
      "a base path without a leading slash",
      { ...minimal, basePath: "privacy/ai" },
      /field "basePath": found "privacy\/ai"; expected a path that starts with "\/"/,
    ],
    [
      "a base path with a trailing slash",
      { ...minimal, basePath: "/privacy/" },
      /field "basePath": found "\/privacy\/"/,
    ],
    [
      "an embed origin with a path",
      { ...minimal, embedOrigins: ["https://intranet.example.org/page"] },
      /field "embedOrigins\.0": found "https:\/\/intranet\.example\.org\/page"; expected an origin/,
    ],
    ["a wildcard embed origin", { ...minimal, embedOrigins: ["*"] }, /field "embedOrigins\.0": found "\*"/],
    [
      "a bad date",
      { ...minimal, statedOn: "1 November 2026" },
      /field "statedOn": found "1 November 2026"; expected a date/,
    ],
    ["an unknown plan", { ...minimal, plan: "personal" }, /field "plan": found "personal"; expected one of "team"/],
    [
      "a contact nobody can reach",
      { ...minimal, contact: { team: "IT" } },
      /field "contact": .*expected an "email" or a "url"/,
    ],
    ["a missing name", { ...minimal, name: undefined }, /field "name": found nothing/],
    [
      "a setting that does not apply to the plan",
      { ...minimal, plan: "team", settings: { "custom-retention": true } },
      /field "settings\.custom-retention": .*does not apply to the "team" plan/,
    ],
    [
      "a retention period without custom retention",
      { ...minimal, retentionDays: 90 },
      /field "retentionDays": found 90; expected no retention period unless/,
    ],
    [
      "a retention period below the minimum",
      { ...minimal, settings: { "custom-retention": true }, retentionDays: 7 },
      /at least 30 days/,
    ],
    ["a partner cloud plan without its cloud", { ...minimal, plan: "partner-cloud" }, /field "partnerCloud"/],
  ])("rejects %s, naming the field", (_, data, message) => {
    const problems = problemsOf(data);
    expect(
      problems.some((line) => message.test(line)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({ ...minimal, basePath: "x", accentColor: "red", extra: 1 });
    expect(problems).toHaveLength(3);
  });

  it("rejects a file that is not JSON, or missing", () => {
    expect(problemsOf("{ name: 'x' ")[0]).toMatch(/not valid JSON/);
    expect(() => loadOrgProfile("/nowhere/profile.json")).toThrow(/no file at \/nowhere\/profile\.json/);
  });

  it("rejects a missing or oversized logo", () => {
    const withLogo = { ...minimal, logo: { path: "logo.png", alt: "Example" } };
    expect(problemsOf(withLogo)[0]).toMatch(/field "logo\.path": found "logo\.png", but there is no file/);
    expect(problemsOf(withLogo, { "logo.png": Buffer.alloc(MAX_LOGO_BYTES + 1) })[0]).toMatch(/expected at most/);
    expect(problemsOf(withLogo, { "logo.png": Buffer.alloc(10) })).toEqual([]);
  });

  it("says how to fix it and that nothing was built", () => {
    try {
      loadOrgProfile(writeProfile({ ...minimal, basePath: "x" }));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/cannot be used:\n {2}- field "basePath"/);
      expect((error as Error).message).toMatch(/Nothing was built/);
    }
  });
});
