/**
 * Pages worth a look: links in the cited pages' content to pages on the same official hosts that no
 * source cites yet, whose text or address names one of the model's topics. The list is short on
 * purpose: an editor reads it to find what Anthropic added, not to crawl the site.
 */
import type { PageLink } from "./html-to-markdown";

/** The model's topics, as word beginnings matched in a link's text or address. */
export const topics = [
  "access transparency",
  "analytics",
  "audit",
  "compliance",
  "cowork",
  "data usage",
  "domain",
  "encryption",
  "export",
  "incognito",
  "monitoring",
  "retention",
  "telemetry",
] as const;

/** At most this many pages are listed; the report says how many more there were. */
export const maxNewLinks = 25;

/** A page that may belong in the model: its address, the link text, and the cited pages linking to it. */
export type NewLink = { url: string; text: string; topics: string[]; from: string[] };

/** A page's key, as snapshot folders are named: host and path, no trailing slash or ".md". */
export function linkKey(url: URL): string {
  return `${url.hostname}${url.pathname.replace(/\/+$/, "").replace(/\.md$/i, "")}`;
}

function topicsOf(link: PageLink, url: URL): string[] {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the encoded path: a malformed escape still has its words.
  }
  const haystack = `${link.text} ${path.replace(/[-_/.]+/g, " ")}`.toLowerCase();
  return topics.filter((topic) => new RegExp(`\\b${topic}`).test(haystack));
}

/**
 * The new pages on the model's topics, sorted by address and capped at `maxNewLinks`.
 * `found` maps each cited page (its folder) to the links in its content.
 */
export function newTopicLinks(
  found: ReadonlyMap<string, readonly PageLink[]>,
  officialHosts: ReadonlySet<string>,
  citedPages: ReadonlySet<string>,
): { links: NewLink[]; omitted: number } {
  const byKey = new Map<string, NewLink>();
  for (const [from, links] of found)
    for (const link of links) {
      let url: URL;
      try {
        url = new URL(link.url);
      } catch {
        continue;
      }
      const key = linkKey(url);
      if (!/^https?:$/.test(url.protocol) || !officialHosts.has(url.hostname) || citedPages.has(key)) continue;
      const matched = topicsOf(link, url);
      if (matched.length === 0) continue;
      const known = byKey.get(key);
      if (known) {
        if (!known.from.includes(from)) known.from.push(from);
        if (!known.text && link.text) known.text = link.text;
        continue;
      }
      byKey.set(key, { url: `${url.origin}${url.pathname}`, text: link.text, topics: matched, from: [from] });
    }
  const all = [...byKey.values()].sort((a, b) => a.url.localeCompare(b.url));
  for (const link of all) link.from.sort();
  return { links: all.slice(0, maxNewLinks), omitted: Math.max(0, all.length - maxNewLinks) };
}
