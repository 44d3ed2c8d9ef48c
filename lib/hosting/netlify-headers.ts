/**
 * The `_headers` file of Netlify and Cloudflare Pages: writing it from the plan, reading it back, and
 * finding the headers for a path the way those hosts do. The local static server uses the reader, so
 * the end-to-end suite sees the headers a real host would send.
 *
 * The format: a line starting with "/" names a path pattern; the indented "Name: value" lines under
 * it are its headers; "#" starts a comment. In a pattern, "*" matches anything (slashes included) and
 * ":name" matches one path segment. Every rule whose pattern matches applies; a header named by more
 * than one gets their values joined with ", ", so the plan never names a header in two rules that can
 * match the same path.
 */
import type { Header, HostingPlan } from "./plan";

export type HeaderRule = { path: string; headers: Header[] };

/** Cloudflare Pages reads at most this many rules and ignores the rest. */
export const CLOUDFLARE_MAX_RULES = 100;
/** Cloudflare Pages ignores lines longer than this. */
export const CLOUDFLARE_MAX_LINE = 2000;

/**
 * The rules for a plan: everything under the base path, the build assets, each page's own address, then
 * the other addresses of its file (`/a/index.html`). Cloudflare Pages reads only the first
 * {@link CLOUDFLARE_MAX_RULES} rules, and redirects those other addresses to the page's own, so they come
 * last, where it can do without them; Netlify serves them as they are.
 */
export function headerRules(plan: HostingPlan): HeaderRule[] {
  return [
    ...rulesBeforeOtherAddresses(plan),
    ...plan.pages.flatMap((page) => page.paths.slice(1).map((path) => ({ path, headers: page.headers }))),
  ];
}

/** How many of the plan's rules Cloudflare Pages needs: all but the addresses it redirects. */
export function rulesCloudflareNeeds(plan: HostingPlan): number {
  return rulesBeforeOtherAddresses(plan).length;
}

function rulesBeforeOtherAddresses(plan: HostingPlan): HeaderRule[] {
  return [
    { path: `${plan.basePath}/*`, headers: plan.everyResponse },
    { path: `${plan.staticAssets.prefix}*`, headers: plan.staticAssets.headers },
    ...plan.pages.map((page) => ({ path: page.paths[0]!, headers: page.headers })),
  ];
}

export function formatHeadersFile(rules: readonly HeaderRule[], comments: readonly string[] = []): string {
  const head = comments.map((line) => `# ${line}`.trimEnd());
  const body = rules.map((rule) =>
    [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n"),
  );
  return `${[...(head.length > 0 ? [head.join("\n")] : []), ...body].join("\n\n")}\n`;
}

/** Reads a `_headers` file; throws on a line it cannot place, naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const where = `_headers line ${index + 1}`;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`${where}: expected a path starting with "/", found "${line}"`);
      rules.push({ path: line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path`);
    const colon = trimmed.indexOf(":");
    if (trimmed.startsWith("!") || colon <= 0) {
      throw new Error(`${where}: expected "Name: value", found "${trimmed}"`);
    }
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/** A path pattern as an anchored regular expression. */
function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === "*") return ".*";
      if (part.startsWith(":")) return "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

export function pathMatches(pattern: string, path: string): boolean {
  return patternToRegExp(pattern).test(path);
}

/** The headers for a URL path: every matching rule in order, repeated names joined with ", ". */
export function headersForPath(rules: readonly HeaderRule[], path: string): Header[] {
  const byName = new Map<string, [name: string, values: string[]]>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const entry = byName.get(name.toLowerCase());
      if (entry) entry[1].push(value);
      else byName.set(name.toLowerCase(), [name, [value]]);
    }
  }
  return [...byName.values()].map(([name, values]) => [name, values.join(", ")] as const);
}
