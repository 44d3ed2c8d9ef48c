import "server-only";
import { currentOrg } from "@/lib/profile/current";
import { joinBasePath } from "./base-path";

/** Where a local build is served when no public address is known (`npm start`). */
const localOrigin = "http://localhost:3000";

/**
 * The public origin set for this build, if any: SITE_URL at build time wins, then the organization
 * profile's `siteUrl`. Without trailing slashes. Server-side only.
 */
export function configuredOrigin(): string | undefined {
  const raw = process.env.SITE_URL || currentOrg()?.siteUrl;
  return raw ? raw.replace(/\/+$/, "") : undefined;
}

/**
 * The public address the site is deployed at, for the files that need absolute URLs and are read with
 * no browser around them (sitemap.xml, robots.txt, the change-log feed): the configured origin, else
 * the local server. Server-side only.
 */
export function siteOrigin(): string {
  return configuredOrigin() ?? localOrigin;
}

/**
 * A site path (written without the base path) with the edition's base path added. Read from the profile
 * rather than from `basePath`, which only the Next build sets, so scripts and tests get it too.
 */
function pathWithBase(path: string): string {
  return joinBasePath(currentOrg()?.basePath ?? "", path);
}

/** The address of a site path (written without the base path), base path included: origin + basePath + path. */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${pathWithBase(path)}`;
}

/**
 * The address a printed page shows for a site path before the browser fills in the one it is served
 * from (and for good without JavaScript): absolute when an origin is configured, otherwise the path
 * with its base path. Never a made-up host such as localhost, which would be a dead link on paper.
 */
export function printedAddress(path: string): string {
  const origin = configuredOrigin();
  return `${origin ?? ""}${pathWithBase(path)}`;
}
