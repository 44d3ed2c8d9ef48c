/**
 * Files a profile brings into the build: the logo, copied to `public/org/` so that it is served beside
 * the site under its base path. The folder is generated (and ignored by git); it is emptied first so
 * that a build without a profile, or with another one, never ships a previous organization's logo.
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { extname, join } from "node:path";
import type { LoadedProfile } from "./load";

export const ORG_ASSETS_DIR = join("public", "org");

/** The logo's address inside the site (without the base path), or undefined when there is none. */
export function logoHref(loaded: LoadedProfile | undefined): string | undefined {
  return loaded?.logoFile ? `/org/logo${extname(loaded.logoFile).toLowerCase()}` : undefined;
}

export function prepareOrgAssets(loaded: LoadedProfile | undefined, projectDir = process.cwd()): void {
  const dir = join(projectDir, ORG_ASSETS_DIR);
  rmSync(dir, { recursive: true, force: true });
  const href = logoHref(loaded);
  if (!loaded?.logoFile || !href) return;
  mkdirSync(dir, { recursive: true });
  copyFileSync(loaded.logoFile, join(projectDir, "public", href));
}
