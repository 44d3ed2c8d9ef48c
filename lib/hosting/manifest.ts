/**
 * The hosting folder beside an export (`out/` has `out-hosting/`): files for a web server that must
 * not be published with the site, such as the nginx snippet, and `hosting.json`, which tells the local
 * server the base path the export was built for.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";

export const HOSTING_MANIFEST_FILE = "hosting.json";
export const NGINX_SNIPPET_FILE = "nginx.conf";

/** The hosting folder of an export: a sibling named after it, so it is never inside what is served. */
export function hostingDirFor(outDir: string): string {
  const absolute = resolve(outDir);
  return join(dirname(absolute), `${basename(absolute)}-hosting`);
}

export const hostingManifestSchema = z.strictObject({
  /** The base path the export was built for: "" for the root, else e.g. "/privacy/ai". */
  basePath: z.union([z.literal(""), z.string().regex(/^(\/[A-Za-z0-9._~-]+)+$/)]),
  /** Origins allowed to frame the embed views. */
  embedOrigins: z.array(z.string()),
});

export type HostingManifest = z.infer<typeof hostingManifestSchema>;

/** The manifest written with an export, or undefined when the export has none (an older build). */
export function readHostingManifest(outDir: string): HostingManifest | undefined {
  const file = join(hostingDirFor(outDir), HOSTING_MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  const parsed = hostingManifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a hosting manifest: ${parsed.error.message}. Rebuild the site.`);
  return parsed.data;
}
