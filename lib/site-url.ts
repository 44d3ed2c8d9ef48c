/**
 * The public address the site is deployed at, for the few files that need absolute URLs
 * (sitemap.xml, robots.txt). Set SITE_URL at build time; pages themselves only use relative links.
 */
export function siteOrigin(): string {
  const raw = process.env.SITE_URL ?? "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path.startsWith("/") ? path : `/${path}`}`;
}
