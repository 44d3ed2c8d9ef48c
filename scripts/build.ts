/**
 * `npm run build`: validates the organization profile (ORG_PROFILE), refreshes each claim's review state
 * from the stored snapshots (refusing firm verdicts on claims whose quotes left their pages), builds the
 * static site with Next.js into OUT_DIR (default `out/`), then writes the hosting header files beside it. The output
 * folder holds a complete edition or nothing: on any failure it is removed, so a stale or partial site
 * cannot be deployed by mistake.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { hostingDirFor } from "../lib/hosting/manifest";
import { BlockedInlineCodeError } from "../lib/hosting/plan";
import { writeHostingFiles } from "../lib/hosting/write-files";
import { OrgProfileError, orgProfileFromEnv } from "../lib/profile/load";
import { writeClaimReviews } from "../lib/sources/current-reviews";

const outDir = resolve(process.env.OUT_DIR || "out");
const hostingDir = hostingDirFor(outDir);

function fail(message: string, code = 1): never {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(hostingDir, { recursive: true, force: true });
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

// Each claim's review state comes from the stored snapshots; a firm verdict must rest on what the pages say now.
const unverified = writeClaimReviews().problems;
if (unverified.length > 0)
  fail(`Some verdicts rest on claims whose quotes are no longer on their pages:\n- ${unverified.join("\n- ")}`);

// The header files belong to one export alone: a previous build's would carry the wrong hashes.
rmSync(hostingDir, { recursive: true, force: true });
const build = spawnSync("next", ["build"], { stdio: "inherit", env: process.env, shell: process.platform === "win32" });
if (build.status !== 0) fail("The Next.js build failed; see the messages above.", build.status ?? 1);

let hosting;
try {
  hosting = writeHostingFiles({
    outDir,
    basePath: profile?.profile.basePath ?? "",
    embedOrigins: profile?.profile.embedOrigins ?? [],
  });
} catch (error) {
  if (error instanceof BlockedInlineCodeError) fail(error.message);
  throw error;
}
for (const warning of hosting.warnings) console.warn(`Warning: ${warning}`);

console.log(`\nThe site is in ${outDir}.`);
console.log(
  `Response headers for hosts (see "Hosting behind the generated headers" in the README): _headers, .htaccess and web.config in ${outDir}; nginx.conf and hosting.json in ${hosting.hostingDir}.`,
);
