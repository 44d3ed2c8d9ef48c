import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Runs `npm run build`'s script with a profile and an output folder, as an admin would. */
function build(profile: unknown) {
  const dir = mkdtempSync(join(tmpdir(), "build-"));
  const profileFile = join(dir, "profile.json");
  writeFileSync(profileFile, JSON.stringify(profile));
  // A previous edition in the output folder, which must not survive a failed build.
  const outDir = join(dir, "out");
  mkdirSync(outDir);
  writeFileSync(join(outDir, "index.html"), "<!doctype html><title>old</title>");
  const run = spawnSync("npx", ["tsx", "scripts/build.ts"], {
    env: { ...process.env, ORG_PROFILE: profileFile, OUT_DIR: outDir },
    encoding: "utf8",
  });
  return { status: run.status, stderr: run.stderr, outDir };
}

const valid = {
  name: "Example Org",
  statedOn: "2026-11-01",
  plan: "enterprise",
  contact: { team: "IT", url: "https://it.example.org" },
};

describe("npm run build with an invalid profile", () => {
  it.each([
    ["an unknown field", { ...valid, theme: "dark" }, 'unknown field: "theme"'],
    ["a wrong type", { ...valid, settings: { cmek: 1 } }, 'field "settings.cmek": found 1'],
    ["a bad colour", { ...valid, accentColor: "#12345" }, 'field "accentColor": found "#12345"'],
    ["an unsafe logo path", { ...valid, logo: { path: "../secrets/logo.svg", alt: "x" } }, 'field "logo.path"'],
    ["a base path without a leading slash", { ...valid, basePath: "ai" }, 'field "basePath": found "ai"'],
  ])("stops on %s before building, names the field and leaves no output", (_, profile, message) => {
    const { status, stderr, outDir } = build(profile);
    expect(status).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).toContain("Nothing was built");
    expect(existsSync(outDir)).toBe(false);
  });
});

/** Runs `npm run build -- --check-profile`: the profile's checks alone, which leave the output folder as it was. */
function checkProfile(profile: unknown, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "build-"));
  const profileFile = join(dir, "profile.json");
  writeFileSync(profileFile, JSON.stringify(profile));
  const outDir = join(dir, "out");
  mkdirSync(outDir);
  writeFileSync(join(outDir, "index.html"), "<!doctype html><title>old</title>");
  const run = spawnSync("npx", ["tsx", "scripts/build.ts", "--check-profile"], {
    env: { ...process.env, SITE_URL: "", ...env, ORG_PROFILE: profileFile, OUT_DIR: outDir },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outDir };
}

describe("npm run build with a profile that has no siteUrl", () => {
  it("warns that printed and generated addresses lack the site's origin, and says how to set it", () => {
    const { status, stdout, stderr, outDir } = checkProfile({ ...valid, basePath: "/privacy/ai" });
    expect(status).toBe(0);
    expect(stderr).toContain('Warning: the profile has no "siteUrl"');
    expect(stderr).toContain('"siteUrl": "https://docs.example.com"');
    expect(stdout).toContain("Nothing was built");
    expect(existsSync(join(outDir, "index.html"))).toBe(true);
  });

  it("does not warn when the profile sets siteUrl, or SITE_URL is set", () => {
    expect(checkProfile({ ...valid, siteUrl: "https://docs.example.org" }).stderr).not.toContain("Warning");
    expect(checkProfile(valid, { SITE_URL: "https://staging.example.org" }).stderr).not.toContain("Warning");
  });
});
