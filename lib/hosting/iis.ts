/**
 * The `web.config` file for IIS (7 or later), written into the export root, which IIS serves as a site
 * or as an application at the base path.
 *
 * IIS ties settings to `<location path>`s relative to the folder of the web.config, so these paths do
 * not carry the base path; the URL of the 404 page, which IIS resolves from the site root, does. A
 * location applies to its folder and everything under it, and custom headers add up from the root down,
 * so each location removes a header before adding it again: adding one twice is a configuration error.
 *
 * The home page's headers sit at the root, so that "/" gets them however IIS resolves its default
 * document; every other location replaces them. Data files, images and samples therefore carry the home
 * page's policy too, which only restricts them further.
 */
import { type Header, type HostingPlan, type PageHeaders } from "./plan";

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function customHeaders(remove: readonly string[], add: readonly Header[], indent: string): string[] {
  return [
    `${indent}<customHeaders>`,
    ...remove.map((name) => `${indent}  <remove name="${attribute(name)}" />`),
    ...add.map(([name, value]) => `${indent}  <add name="${attribute(name)}" value="${attribute(value)}" />`),
    `${indent}</customHeaders>`,
  ];
}

function location(path: string, remove: readonly string[], add: readonly Header[]): string {
  return [
    `  <location path="${attribute(path)}">`,
    "    <system.webServer>",
    "      <httpProtocol>",
    ...customHeaders(remove, add, "        "),
    "      </httpProtocol>",
    "    </system.webServer>",
    "  </location>",
  ].join("\n");
}

/** A page's location path: its folder ("check/report/team") or, for a file page, the file ("404.html"). */
function locationPath(page: PageHeaders): string {
  return page.route.replace(/^\/|\/$/g, "");
}

export function webConfig(plan: HostingPlan, comments: readonly string[] = []): string {
  const home = plan.pages.find((page) => page.route === "/");
  const others = plan.pages.filter((page) => page !== home);
  // Every header a location may set or must drop, so none is left over from a location above it.
  const replaced = [
    ...new Set([...plan.pages, plan.staticAssets].flatMap((entry) => entry.headers.map(([name]) => name))),
  ];
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    ...comments.map((line) => `<!-- ${line.replace(/--/g, "- -")} -->`),
    "<configuration>",
    "  <system.webServer>",
    "    <httpProtocol>",
    ...customHeaders([], [...plan.everyResponse, ...(home?.headers ?? [])], "      "),
    "    </httpProtocol>",
    '    <httpErrors errorMode="Custom" existingResponse="Replace">',
    '      <remove statusCode="404" subStatusCode="-1" />',
    `      <error statusCode="404" path="${attribute(plan.notFoundPath)}" responseMode="ExecuteURL" />`,
    "    </httpErrors>",
    "    <staticContent>",
    "      <!-- Types older IIS versions lack; removed first, as adding a known one is an error. -->",
    ...[
      [".json", "application/json"],
      [".txt", "text/plain; charset=utf-8"],
      [".webmanifest", "application/manifest+json"],
    ].flatMap(([extension, type]) => [
      `      <remove fileExtension="${extension}" />`,
      `      <mimeMap fileExtension="${extension}" mimeType="${type}" />`,
    ]),
    "    </staticContent>",
    "  </system.webServer>",
    location(plan.staticAssets.prefix.slice(plan.basePath.length + 1, -1), replaced, plan.staticAssets.headers),
    ...others.map((page) => location(locationPath(page), replaced, page.headers)),
    "</configuration>",
  ];
  return `${lines.join("\n")}\n`;
}
