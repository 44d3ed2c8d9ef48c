/**
 * What an organization's edition can be built without but should not be: each a warning the build
 * prints and goes on. Relative imports only, like the rest of lib/profile (the build script reads it).
 */
import type { OrgProfile } from "./schema";

/** One line per warning, each saying what is missing, what it affects and how to set it. */
export function profileWarnings(
  profile: Pick<OrgProfile, "siteUrl" | "basePath">,
  env: { SITE_URL?: string | undefined },
): string[] {
  const warnings: string[] = [];
  if (!profile.siteUrl && !env.SITE_URL) {
    const example = `https://docs.example.com${profile.basePath ?? ""}`;
    warnings.push(
      'the profile has no "siteUrl" and SITE_URL is not set, so sitemap.xml, robots.txt and the change-log feed ' +
        "will point at http://localhost:3000, and a one-pager printed with JavaScript off will show paths without " +
        `the site's address. Add "siteUrl" with the public origin the edition is served from (for ${example}/, ` +
        '"siteUrl": "https://docs.example.com").',
    );
  }
  return warnings;
}
