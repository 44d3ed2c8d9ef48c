/**
 * `npm run build`: validates the organization profile (ORG_PROFILE) and warns about what it lacks,
 * refreshes each claim's review state from the stored snapshots (refusing firm verdicts on claims whose
 * quotes left their pages), builds the static site with Next.js into OUT_DIR (default `out/`), sets each page
 * to paint its text before its scripts run (lib/export), reads the search index from the built pages, then
 * writes the hosting header files beside it. The output folder holds a complete edition or nothing: on any
 * failure it is removed, so a stale or partial site cannot be deployed by mistake.
 * `npm run build -- --check-profile` stops after the profile's checks and leaves the output folder alone.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { optimizeExportedPages } from "../lib/export/optimize-pages";
import { hostingDirFor } from "../lib/hosting/manifest";
import { BlockedInlineCodeError } from "../lib/hosting/plan";
import { writeHostingFiles } from "../lib/hosting/write-files";
import { OrgProfileError, orgProfileFromEnv } from "../lib/profile/load";
import { writeSearchIndex } from "../lib/search/build-index";
import { profileWarnings } from "../lib/profile/warnings";
import { writeClaimReviews } from "../lib/sources/current-reviews";

const outDir = resolve(process.env.OUT_DIR || "out");
const hostingDir = hostingDirFor(outDir);
const checkProfileOnly = process.argv.includes("--check-profile");

function fail(message: string, code = 1): never {
  if (checkProfileOnly) {
    console.error(`\n${message}`);
    process.exit(code);
  }
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
    ? `${checkProfileOnly ? "Checking the profile of" : "Building the edition for"} ${profile.profile.name} (${profile.file})${profile.profile.basePath ? ` under ${profile.profile.basePath}` : ""}.`
    : "Building the general edition (no ORG_PROFILE set).",
);
if (profile)
  for (const warning of profileWarnings(profile.profile, { SITE_URL: process.env.SITE_URL }))
    console.warn(`Warning: ${warning}`);
if (checkProfileOnly) {
  console.log("The profile can be used. Nothing was built (--check-profile).");
  process.exit(0);
}

// Each claim's review state comes from the stored snapshots; a firm verdict must rest on what the pages say now.
const unverified = writeClaimReviews().problems;
if (unverified.length > 0)
  fail(`Some verdicts rest on claims whose quotes are no longer on their pages:\n- ${unverified.join("\n- ")}`);

// The header files belong to one export alone: a previous build's would carry the wrong hashes.
rmSync(hostingDir, { recursive: true, force: true });
const build = spawnSync("next", ["build"], { stdio: "inherit", env: process.env, shell: process.platform === "win32" });
if (build.status !== 0) fail("The Next.js build failed; see the messages above.", build.status ?? 1);

// Each page's text paints before its scripts run; done before the hosting files, whose CSP hashes the new inline code.
try {
  const pages = await optimizeExportedPages(outDir, profile?.profile.basePath ?? "");
  console.log(`Pages set to paint before their scripts run: ${pages}.`);
} catch (error) {
  fail(`The exported pages could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
}

// The search index is read from the finished pages, so it holds what readers see; before the hosting files,
// whose policies are worked out from the same pages.
try {
  const search = writeSearchIndex(outDir);
  console.log(`Search index: ${search.pages} pages, ${Math.round(search.bytes / 1024)} KB, in ${search.file}.`);
} catch (error) {
  fail(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
}

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
