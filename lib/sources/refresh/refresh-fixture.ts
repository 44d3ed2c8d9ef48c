/**
 * A small world for the refresh tests: a model citing pages on docs.example.test, their stored copies,
 * and what a local server answers for each. Written to a temporary folder by `writeFixtureSnapshots`,
 * never to content/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatSnapshot } from "../snapshot-file";
import type { ServedPage } from "./fixture-server";
import type { RefreshModel } from "./targets";

export const officialOrigin = "https://docs.example.test";
const host = "docs.example.test";

const source = (id: string, path: string, snapshot = `${host}${path}`) => ({
  id,
  url: `${officialOrigin}${path}`,
  kind: "official" as const,
  snapshot,
});

export const fixtureModel = {
  sources: [
    source("unchanged", "/en/unchanged"),
    source("changed", "/en/changed"),
    // A second stored version of the same page: the page is read once.
    source("changed-older", "/en/changed"),
    source("quote-removed", "/en/quote-removed"),
    source("missing", "/en/missing"),
    source("moved", "/en/moved"),
    source("slow", "/en/slow"),
    source("image", "/en/image"),
    { id: "blog", url: "https://blog.example.org/post", kind: "third-party" as const },
  ],
  claims: [
    { id: "audit-export", citations: [{ source: "unchanged", quote: "Owners can export audit logs for 180 days." }] },
    {
      id: "exports",
      citations: [
        { source: "changed", quote: "Primary Owners can export data." },
        { source: "changed-older", quote: "an older wording never on the page" },
      ],
    },
    { id: "incognito-window", citations: [{ source: "quote-removed", quote: "kept for 30 days" }] },
    { id: "blog-claim", citations: [{ source: "blog", quote: "a third-party quote" }] },
  ],
} satisfies RefreshModel;

/** The stored copies, by page folder: captured 2026-01-10, full. */
export const storedTexts: Record<string, string> = {
  [`${host}/en/unchanged`]:
    "# Audit logs\n\nOwners can export audit logs for **180 days**.\n\n* Item one\n* Item two\n\n" +
    "See [Custom retention controls](/en/retention-controls), pricing, another site and a cited page.\n",
  [`${host}/en/changed`]: "# Exports\n\nPrimary Owners can export data.\n\nExports include chats.\n",
  [`${host}/en/quote-removed`]: "# Incognito\n\nIncognito chats are kept for 30 days.\n",
  [`${host}/en/missing`]: "# A page that will be gone\n",
  [`${host}/en/moved`]: "# Moved\n\nThis page moved.\n",
};

export const storedDate = "2026-01-10";

/** Writes the stored copies as a snapshots folder under `dir`. */
export function writeFixtureSnapshots(dir: string): void {
  for (const [page, text] of Object.entries(storedTexts)) {
    const file = join(dir, page, `${storedDate}.md`);
    mkdirSync(dirname(file), { recursive: true });
    const url = `https://${page}`;
    writeFileSync(
      file,
      formatSnapshot({ url, captured: storedDate, coverage: "full", origin: "A fixture.", gone: [], text }),
    );
  }
}

const html = (main: string) =>
  `<!doctype html><html><head><title>Docs</title><script>var tracking = 1;</script></head><body>` +
  `<header><a href="/en/compliance-overview">Compliance</a></header><nav><a href="/en/audit-nav">Audit logs</a></nav>` +
  `<main>${main}</main><footer>Copyright</footer></body></html>`;

/** What the server sends for each path: status, headers, body, and a delay in milliseconds. */
export const servedPages: Record<string, ServedPage> = {
  "/en/unchanged": {
    status: 200,
    type: "text/html; charset=utf-8",
    body: html(
      `<h1>Audit logs</h1><p>Owners can export audit logs for <strong>180&nbsp;days</strong>.</p><ul><li>Item one</li><li>Item two</li></ul>` +
        `<p>See <a href="/en/retention-controls">Custom retention controls</a>, <a href="/en/pricing">pricing</a>, ` +
        `<a href="https://other.example/compliance">another site</a> and <a href="/en/changed">a cited page</a>.</p>`,
    ),
  },
  "/en/changed": {
    status: 200,
    type: "text/html",
    body: html(
      `<article><h1>Exports</h1><p>Primary Owners can export data.</p><p>Exports include chats and projects.</p>` +
        `<p>Exports are ready within a day.</p><p>Read <a href="/en/data-export-format">the export format</a>.</p></article>`,
    ),
  },
  "/en/quote-removed": {
    status: 200,
    type: "text/html",
    body: html(`<h1>Incognito</h1><p>Incognito chats are kept for 90 days.</p>`),
  },
  "/en/missing": { status: 404, type: "text/html", body: "<h1>Not found</h1>" },
  "/en/moved": { status: 301, location: "/en/new-home.md" },
  "/en/new-home.md": { status: 200, type: "text/markdown; charset=utf-8", body: "# Moved\n\nThis page moved.\n" },
  "/en/slow": { status: 200, type: "text/html", body: html("<p>Too late.</p>"), delayMs: 5000 },
  "/en/image": { status: 200, type: "image/png", body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
};
