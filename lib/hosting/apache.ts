/**
 * The `.htaccess` file for Apache httpd (2.4 or later), written into the export root. It sets the
 * headers by the request's URI, so the paths carry the base path, and names the 404 page. It needs
 * mod_headers (`a2enmod headers`) and `AllowOverride FileInfo` for the folder; the directives are
 * deliberately not wrapped in `<IfModule>`, so a server without mod_headers answers with an error
 * rather than serving the site silently without its policy. Compression is the exception: it is wanted,
 * not required, so it applies only where mod_filter and mod_deflate are loaded (`a2enmod deflate`).
 */
import { COMPRESSED_TYPES } from "./compressed-types";
import type { Header, HostingPlan } from "./plan";

function quoted(value: string): string {
  if (/["\\\r\n]/.test(value)) throw new Error(`A header value cannot be written to .htaccess as is: ${value}`);
  return `"${value}"`;
}

function headerLines(headers: readonly Header[], indent: string): string[] {
  // "always" puts the header on error responses too (the 404 page), not only on 2xx and 3xx.
  return headers.map(([name, value]) => `${indent}Header always set ${name} ${quoted(value)}`);
}

/** A regular expression matching the start of a path, for `=~ m#...#`. */
function prefixPattern(prefix: string): string {
  return `^${prefix.replace(/[.*+?^${}()|[\]\\#]/g, "\\$&")}`;
}

// mod_deflate leaves a response alone once it has a Content-Encoding, so a server that already compresses
// these types does not compress them twice.
const COMPRESSION = [
  "<IfModule mod_filter.c>",
  "  <IfModule mod_deflate.c>",
  `    AddOutputFilterByType DEFLATE ${["text/html", ...COMPRESSED_TYPES].join(" ")}`,
  "  </IfModule>",
  "</IfModule>",
].join("\n");

export function htaccess(plan: HostingPlan, comments: readonly string[] = []): string {
  const pageBlocks = plan.pages.map((page) => {
    const uris = page.paths.map((path) => `'${path}'`).join(", ");
    // REQUEST_URI is the path without the query string. Both of a page's addresses are listed, because
    // mod_dir answers "/check/" from "/check/index.html" and either may be the URI the block sees.
    return [`<If "%{REQUEST_URI} in { ${uris} }">`, ...headerLines(page.headers, "  "), "</If>"].join("\n");
  });
  return `${[
    comments.map((line) => `# ${line}`.trimEnd()).join("\n"),
    headerLines(plan.everyResponse, "").join("\n"),
    COMPRESSION,
    [
      `<If "%{REQUEST_URI} =~ m#${prefixPattern(plan.staticAssets.prefix)}#">`,
      ...headerLines(plan.staticAssets.headers, "  "),
      "</If>",
    ].join("\n"),
    ...pageBlocks,
    // The 404 page is served for a missing path through an internal redirect, so its own block applies.
    `ErrorDocument 404 ${plan.notFoundPath}`,
  ]
    .filter((block) => block !== "")
    .join("\n\n")}\n`;
}
