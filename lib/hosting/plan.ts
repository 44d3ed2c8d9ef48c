/**
 * The headers the site needs, worked out once from the export and written afterwards in each host's
 * own format (netlify-headers.ts, apache.ts, iis.ts, nginx.ts). Pure: the caller reads the files.
 */
import { inlineCode } from "./inline-code";
import { frameAncestors, isEmbedRoute, pagePolicy, PERMISSIONS_POLICY, WORKER_POLICY } from "./policy";

/** One response header, name and value. */
export type Header = readonly [name: string, value: string];

/** An HTML file of the export, with its path relative to the export root ("check/index.html"). */
export type ExportedPage = { file: string; html: string };

export type PageHeaders = {
  /** The page's route without the base path: "/", "/check/", or "/404.html" for a file page. */
  route: string;
  /** The file, relative to the export root, with "/" between folders. */
  file: string;
  /** Every URL path the page is served at, base path included: "/base/check/" and "/base/check/index.html". */
  paths: string[];
  /** Headers for this page only; `everyResponse` comes on top. */
  headers: Header[];
};

export type HostingPlan = {
  /** The base path the site is served under ("" for the root, else "/privacy/ai"). */
  basePath: string;
  embedOrigins: string[];
  /** Sent with every response under the base path, whatever it is. */
  everyResponse: Header[];
  /** The content-hashed build output: the URL path prefix ("/base/_next/static/") and its headers. */
  staticAssets: { prefix: string; headers: Header[] };
  /** Every HTML page, the 404 page included, sorted by route. */
  pages: PageHeaders[];
  /** The 404 page's URL path, for hosts that can serve it, with its own headers, for missing paths. */
  notFoundPath: string;
};

/** Pages whose inline code no hash can allow; the build stops rather than ship a page the CSP breaks. */
export class BlockedInlineCodeError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `These pages have inline code that the Content Security Policy would block:\n${problems.map((line) => `  - ${line}`).join("\n")}\n` +
        "Use a class (or, for a computed size, an SVG attribute) instead of a style attribute, and addEventListener in a component instead of an on* attribute.",
    );
    this.name = "BlockedInlineCodeError";
  }
}

export const NOT_FOUND_FILE = "404.html";
const STATIC_ASSETS_FOLDER = "_next/static/";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The route of an exported HTML file: "check/index.html" is "/check/", "404.html" stays "/404.html". */
export function routeOfFile(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

/** Every URL path a file is served at: a folder's index.html is also its folder's address. */
export function pathsOfFile(file: string, basePath: string): string[] {
  const route = routeOfFile(file);
  return route.endsWith("/") ? [`${basePath}${route}`, `${basePath}/${file}`] : [`${basePath}${route}`];
}

export function hostingPlan(input: {
  basePath: string;
  embedOrigins: readonly string[];
  pages: ExportedPage[];
}): HostingPlan {
  const { basePath, embedOrigins } = input;
  const problems: string[] = [];
  const pages = [...input.pages]
    .sort((a, b) => routeOfFile(a.file).localeCompare(routeOfFile(b.file)))
    .map(({ file, html }): PageHeaders => {
      const route = routeOfFile(file);
      const code = inlineCode(html);
      problems.push(...code.blockedAttributes.map((line) => `${file}: ${line}`));
      const embed = isEmbedRoute(route);
      const headers: Header[] = [
        ["Content-Security-Policy", pagePolicy(code, frameAncestors(route, embedOrigins))],
        // For browsers that predate frame-ancestors; an embed view relies on frame-ancestors alone.
        ...(embed ? [] : [["X-Frame-Options", "DENY"] as const]),
        // A window this page opens cannot reach back into it, nor it into them. Browsers ignore it
        // inside an iframe, so it costs an embed view nothing.
        ["Cross-Origin-Opener-Policy", "same-origin"],
        // Revalidate every time: a new build changes the inline scripts, and the policy with them.
        ["Cache-Control", "no-cache"],
      ];
      return { route, file, paths: pathsOfFile(file, basePath), headers };
    });
  if (problems.length > 0) throw new BlockedInlineCodeError(problems);
  return {
    basePath,
    embedOrigins: [...embedOrigins],
    everyResponse: [
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "no-referrer"],
      ["Permissions-Policy", PERMISSIONS_POLICY],
    ],
    staticAssets: {
      prefix: `${basePath}/${STATIC_ASSETS_FOLDER}`,
      headers: [
        // File names carry a hash of their content, so a file at a given address never changes.
        ["Cache-Control", `public, max-age=${ONE_YEAR_SECONDS}, immutable`],
        ["Content-Security-Policy", WORKER_POLICY],
      ],
    },
    pages,
    notFoundPath: `${basePath}/${NOT_FOUND_FILE}`,
  };
}

/** The headers a page's response carries in full: those sent with everything, then its own. */
export function allHeadersOf(plan: HostingPlan, page: PageHeaders): Header[] {
  return [...plan.everyResponse, ...page.headers];
}

/** The 404 page's entry, when the export has one. */
export function notFoundPage(plan: HostingPlan): PageHeaders | undefined {
  return plan.pages.find((page) => page.file === NOT_FOUND_FILE);
}
