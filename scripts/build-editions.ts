/**
 * Builds the two editions the end-to-end suite tests: the general edition into `out/`, and the example
 * organization (examples/northwind, hosted under /privacy/ai) into `out-org/`.
 */
import { spawnSync } from "node:child_process";

const editions = [
  { label: "general edition", env: { ORG_PROFILE: "", OUT_DIR: "out" } },
  { label: "example organization", env: { ORG_PROFILE: "examples/northwind/org-profile.json", OUT_DIR: "out-org" } },
];

for (const { label, env } of editions) {
  console.log(`\n=== Building the ${label} into ${env.OUT_DIR}/ ===`);
  const run = spawnSync("tsx", ["scripts/build.ts"], {
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
