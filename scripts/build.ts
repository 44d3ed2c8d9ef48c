/**
 * `npm run build`: validates the organization profile (ORG_PROFILE), builds the static site with
 * Next.js into OUT_DIR (default `out/`), then writes the hosting header files beside it. The output
 * folder holds a complete edition or nothing: on any failure it is removed, so a stale or partial site
 * cannot be deployed by mistake.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { OrgProfileError, orgProfileFromEnv } from "../lib/profile/load";

const outDir = resolve(process.env.OUT_DIR || "out");

function fail(message: string, code = 1): never {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\n${message}\n${outDir} was removed, so that no stale or partial site is left to deploy.`);
  process.exit(code);
}

let profile;
try {
  profile = orgProfileFromEnv();
} catch (error) {
  if (error instanceof OrgProfileError) fail(error.message);
  throw error;
}
console.log(
  profile
    ? `Building the edition for ${profile.profile.name} (${profile.file})${profile.profile.basePath ? ` under ${profile.profile.basePath}` : ""}.`
    : "Building the general edition (no ORG_PROFILE set).",
);

const build = spawnSync("next", ["build"], { stdio: "inherit", env: process.env, shell: process.platform === "win32" });
if (build.status !== 0) fail("The Next.js build failed; see the messages above.", build.status ?? 1);

console.log(`\nThe site is in ${outDir}.`);
