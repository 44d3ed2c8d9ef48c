/**
 * Writes the header files for each kind of host after a build: `_headers`, `.htaccess` and `web.config`
 * into the export root, where those hosts read them, and the nginx snippet and `hosting.json` into the
 * hosting folder beside it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { htaccess } from "./apache";
import { readExportedPages } from "./export-files";
import { webConfig } from "./iis";
import { HOSTING_MANIFEST_FILE, hostingDirFor, NGINX_SNIPPET_FILE, type HostingManifest } from "./manifest";
import {
  CLOUDFLARE_MAX_LINE,
  CLOUDFLARE_MAX_RULES,
  formatHeadersFile,
  headerRules,
  rulesCloudflareNeeds,
} from "./netlify-headers";
import { nginxSnippet } from "./nginx";
import { hostingPlan, type HostingPlan } from "./plan";

export const NETLIFY_FILE = "_headers";
export const APACHE_FILE = ".htaccess";
export const IIS_FILE = "web.config";

export type HostingFilesResult = {
  plan: HostingPlan;
  hostingDir: string;
  /** Absolute paths of the files written. */
  written: string[];
  /** Limits a host would trip over, in words. */
  warnings: string[];
};

function generatedNote(basePath: string, host: string): string[] {
  return [
    `Response headers for ${host}, written by "npm run build" for this export; a rebuild replaces this file.`,
    basePath
      ? `The site is served under the base path ${basePath}; every path below includes it.`
      : "The site is served at the root of its host.",
  ];
}

export function writeHostingFiles(options: {
  outDir: string;
  basePath: string;
  embedOrigins: readonly string[];
}): HostingFilesResult {
  const { outDir, basePath, embedOrigins } = options;
  const plan = hostingPlan({ basePath, embedOrigins, pages: readExportedPages(outDir) });
  const hostingDir = hostingDirFor(outDir);
  rmSync(hostingDir, { recursive: true, force: true });
  mkdirSync(hostingDir, { recursive: true });

  const rules = headerRules(plan);
  const netlify = formatHeadersFile(rules, [
    ...generatedNote(basePath, "Netlify and Cloudflare Pages"),
    "The 404 page's own policy cannot be given to not-found responses in this format: they get only the",
    "headers for every path, so the 404 page works but runs without its stricter policy.",
    "Each page's own address comes before its index.html address: Cloudflare Pages reads only the first",
    `${CLOUDFLARE_MAX_RULES} rules, and redirects index.html addresses to the page's own.`,
  ]);
  const files: Array<[path: string, text: string]> = [
    [join(outDir, NETLIFY_FILE), netlify],
    [join(outDir, APACHE_FILE), htaccess(plan, generatedNote(basePath, "Apache httpd 2.4 (needs mod_headers)"))],
    [join(outDir, IIS_FILE), webConfig(plan, generatedNote(basePath, "IIS 7 or later"))],
    [
      join(hostingDir, NGINX_SNIPPET_FILE),
      nginxSnippet(plan, [
        ...generatedNote(basePath, "nginx"),
        "Include it inside a server {} block: include /path/to/nginx.conf;",
        `The server's root must hold the export at <root>${basePath}/. Remove any location ${basePath || "/"} of your own.`,
      ]),
    ],
  ];
  const manifest: HostingManifest = {
    basePath,
    embedOrigins: [...embedOrigins],
  };
  files.push([join(hostingDir, HOSTING_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`]);
  for (const [path, text] of files) writeFileSync(path, text);

  const warnings: string[] = [];
  const needed = rulesCloudflareNeeds(plan);
  if (needed > CLOUDFLARE_MAX_RULES) {
    warnings.push(
      `_headers has ${needed} rules before the index.html addresses; Cloudflare Pages reads only the first ${CLOUDFLARE_MAX_RULES}.`,
    );
  }
  const longest = Math.max(...netlify.split("\n").map((line) => line.length));
  if (longest > CLOUDFLARE_MAX_LINE) {
    warnings.push(
      `_headers has a line of ${longest} characters; Cloudflare Pages ignores lines over ${CLOUDFLARE_MAX_LINE}.`,
    );
  }
  return { plan, hostingDir, written: files.map(([path]) => path), warnings };
}
