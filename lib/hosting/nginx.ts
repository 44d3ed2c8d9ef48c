/**
 * An nginx snippet to `include` inside a `server {}` block whose `root` holds the export at
 * `<root><basePath>/`. It is written beside the export, never into it, so it is not published.
 *
 * nginx's `add_header` has two traps this layout avoids: a location with any `add_header` of its own
 * inherits none from outside, so every location repeats the full set; and without `always` a header is
 * left off error responses, the 404 page included.
 */
import { COMPRESSED_TYPES } from "./compressed-types";
import { allHeadersOf, notFoundPage, type Header, type HostingPlan } from "./plan";

function quoted(value: string): string {
  // "$" would start a variable; a quote or backslash would end or escape the string.
  if (/["\\$\r\n]/.test(value)) throw new Error(`A header value cannot be written to nginx as is: ${value}`);
  return `"${value}"`;
}

function headerLines(headers: readonly Header[], indent: string): string[] {
  return headers.map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`);
}

function compressionLines(indent: string): string[] {
  // nginx always compresses text/html once gzip is on, and warns when it is listed again.
  return [
    `${indent}gzip on;`,
    `${indent}gzip_comp_level 6;`,
    `${indent}gzip_types ${COMPRESSED_TYPES.join(" ")};`,
    // Caches between the host and the reader keep compressed and plain copies apart.
    `${indent}gzip_vary on;`,
  ];
}

function locationBlock(match: string, headers: readonly Header[], indent: string): string {
  return [`${indent}location ${match} {`, ...headerLines(headers, `${indent}    `), `${indent}}`].join("\n");
}

export function nginxSnippet(plan: HostingPlan, comments: readonly string[] = []): string {
  const inner = "    ";
  const siteLocation = plan.basePath === "" ? "/" : `^~ ${plan.basePath}/`;
  const pageBlocks = plan.pages.flatMap((page) =>
    page.paths.map((path) => locationBlock(`= ${path}`, allHeadersOf(plan, page), inner)),
  );
  const body = [
    ...compressionLines(inner),
    "",
    ...(notFoundPage(plan)
      ? // A missing path is answered with the 404 page through an internal redirect, so the 404 page's
        // own location, and its policy, apply to the response.
        [`${inner}error_page 404 ${plan.notFoundPath};`]
      : []),
    // Whatever no inner location matches (data files, images, samples) gets the headers for everything.
    ...headerLines(plan.everyResponse, inner),
    "",
    locationBlock(`^~ ${plan.staticAssets.prefix}`, [...plan.everyResponse, ...plan.staticAssets.headers], inner),
    "",
    pageBlocks.join("\n\n"),
  ];
  return `${[...comments.map((line) => `# ${line}`.trimEnd()), `location ${siteLocation} {`, ...body, "}"].join(
    "\n",
  )}\n`;
}
