/**
 * The response headers of a static export, read from the `_headers` file the build writes into it, the
 * way Netlify and Cloudflare Pages apply them. The local server uses this so that the end-to-end suite
 * runs under exactly the policy a real host sends.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { headersForPath, parseHeadersFile, type HeaderRule } from "../lib/hosting/netlify-headers";
import type { Header } from "../lib/hosting/plan";
import { NETLIFY_FILE } from "../lib/hosting/write-files";

/** Files a host reads for its configuration and never serves. */
export const HOST_CONFIG_FILES = new Set([NETLIFY_FILE, ".htaccess", "web.config"]);

/**
 * The headers for a path, read from `<root>/_headers`; the file is read again whenever it changes, so
 * a server left running across builds never sends a previous build's hashes.
 */
export function headersFileReader(root: string): (path: string) => Header[] {
  const file = join(root, NETLIFY_FILE);
  let cached: { modified: number; rules: HeaderRule[] } | undefined;
  return (path) => {
    if (!existsSync(file)) return [];
    const modified = statSync(file).mtimeMs;
    if (cached?.modified !== modified) cached = { modified, rules: parseHeadersFile(readFileSync(file, "utf8")) };
    return headersForPath(cached.rules, path);
  };
}
