import { orgProfileFromEnv } from "./profile/load";

/**
 * The public address the site is deployed at, for the few places that need absolute URLs (sitemap.xml,
 * robots.txt, the printed one-pager, where a relative link means nothing on paper). SITE_URL at build
 * time wins, then the organization profile's `siteUrl`, then the local server. Server-side only.
 */
export function siteOrigin(): string {
  const raw = process.env.SITE_URL || orgProfileFromEnv()?.profile.siteUrl || "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

/** The address of a site path (written without the base path), base path included: origin + basePath + path. */
export function absoluteUrl(path: string): string {
  const basePath = orgProfileFromEnv()?.profile.basePath ?? "";
  return `${siteOrigin()}${basePath}${path.startsWith("/") ? path : `/${path}`}`;
}
