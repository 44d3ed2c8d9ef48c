/**
 * What a page is for, which sets how much client JavaScript it may load beside an empty Next.js page:
 * the interactive tools the most, the explainers (a few small interactive parts) a little, every other
 * page almost nothing. An embed view is the same kind as the page it embeds.
 */
export type PageKind = "tool" | "explainer" | "page";

const tools = new Set(["/check/", "/decode/", "/computer/"]);

export function pageKind(path: string): PageKind {
  const page = isEmbed(path) ? path.slice("/embed".length) : path;
  if (tools.has(page)) return "tool";
  if (/^\/layers\/[^/]+\/$/.test(page)) return "explainer";
  return "page";
}

/** The most client JavaScript (gzip) a page of each kind may load, as a multiple of the empty page's. */
export const jsRatioTargets = { tool: 1.25, explainer: 1.1, page: 1.05 } as const satisfies Record<PageKind, number>;

/** Embed views are for iframes on other sites and ask search engines not to index them. */
export function isEmbed(path: string): boolean {
  return path.startsWith("/embed/");
}
