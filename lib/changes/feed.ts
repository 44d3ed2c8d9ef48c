/**
 * The change log as an Atom 1.0 feed (RFC 4287). Pure: entries come in described and newest first, and
 * `absolute` turns a site path into the full address, so every link in the feed is absolute.
 */
import { formatIsoDate } from "@/lib/site/format-date";
import type { DescribedChange } from "./describe";
import { moveSentence } from "./describe";
import { changesFeedPath, changesPath } from "./paths";
import { element, textElement } from "./xml";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
export const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

export type FeedOptions = {
  title: string;
  subtitle: string;
  /** Who publishes the feed: the site. */
  author: string;
  /** The full address of a site path, base path included. */
  absolute: (path: string) => string;
  /** The feed's `updated` date (YYYY-MM-DD) while the log has no entry. */
  emptyUpdated: string;
};

/** An Atom date-time for a calendar day: midnight UTC. */
export function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/** A labelled list in the entry's XHTML content; nothing when the list is empty. */
function list(label: string, items: string[]): string[] {
  if (items.length === 0) return [];
  return [textElement("p", {}, label), element("ul", {}, ...items.map((item) => element("li", {}, item)))];
}

function link(href: string, text: string): string {
  return textElement("a", { href }, text);
}

/** The entry's body: the summary, the two dates, then what moved and where to read more. */
function content(change: DescribedChange, absolute: FeedOptions["absolute"]): string {
  const sources = change.sources.map(
    (source) =>
      `${link(source.url, source.title)}${source.kind === "third-party" ? " (a third-party source, not Anthropic)" : ""}, ${link(absolute(source.path), "as cited on this site")}`,
  );
  return element(
    "div",
    { xmlns: XHTML_NAMESPACE },
    textElement("p", {}, change.summary),
    textElement(
      "p",
      {},
      `${change.dateIs === "no-later-than" ? `The change was on Anthropic's page by ${formatIsoDate(change.date)} (the exact day is not known)` : `The change was first seen on Anthropic's page on ${formatIsoDate(change.date)}`}; this site recorded the change on ${formatIsoDate(change.recorded)}.`,
    ),
    ...list(
      "Verdicts that moved:",
      change.verdicts.map((move) => textElement("span", {}, moveSentence(move))),
    ),
    ...list(
      "Claims added or changed:",
      change.claims.map((claim) => link(absolute(claim.path), claim.statement)),
    ),
    ...list("Sources:", sources),
    ...list(
      "Explainers:",
      change.layers.map((layer) => link(absolute(layer.path), layer.title)),
    ),
  );
}

function entry(change: DescribedChange, absolute: FeedOptions["absolute"]): string {
  const url = absolute(change.path);
  return element(
    "entry",
    {},
    textElement("id", {}, url),
    textElement("title", { type: "text" }, change.title),
    textElement("published", {}, atomDate(change.recorded)),
    textElement("updated", {}, atomDate(change.recorded)),
    element("link", { rel: "alternate", type: "text/html", href: url }),
    textElement("summary", { type: "text" }, change.summary),
    element("content", { type: "xhtml" }, content(change, absolute)),
  );
}

/** The whole feed as an XML document. */
export function atomFeed(changes: readonly DescribedChange[], options: FeedOptions): string {
  const { absolute } = options;
  const updated = changes.reduce((latest, change) => (change.recorded > latest ? change.recorded : latest), "");
  const feed = element(
    "feed",
    { xmlns: ATOM_NAMESPACE, "xml:lang": "en" },
    textElement("id", {}, absolute(changesPath)),
    textElement("title", { type: "text" }, options.title),
    textElement("subtitle", { type: "text" }, options.subtitle),
    textElement("updated", {}, atomDate(updated || options.emptyUpdated)),
    element("link", { rel: "self", type: "application/atom+xml", href: absolute(changesFeedPath) }),
    element("link", { rel: "alternate", type: "text/html", href: absolute(changesPath) }),
    element("author", {}, textElement("name", {}, options.author), textElement("uri", {}, absolute("/"))),
    ...changes.map((change) => entry(change, absolute)),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${feed}\n`;
}
