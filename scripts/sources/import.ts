/**
 * `npm run sources:import -- FILE… [--captured YYYY-MM-DD] [--excerpt] [--page KEY] [--origin TEXT]`
 *
 * Stores saved copies of official pages as snapshots under content/sources/snapshots/. A file may start
 * with a comment that names the page ("<!-- snapshot of URL" or "<!-- partial copy of URL") and, for a
 * crawl, the day its text last changed; that comment is dropped and the rest is stored byte for byte.
 * Options override what the comment says. An unchanged text is not stored twice.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { storeSnapshot } from "@/lib/sources/snapshot-store";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    captured: { type: "string" },
    excerpt: { type: "boolean", default: false },
    page: { type: "string" },
    origin: { type: "string" },
    url: { type: "string" },
    gone: { type: "string", multiple: true },
  },
});

if (positionals.length === 0) {
  console.error("Usage: npm run sources:import -- FILE… [--captured YYYY-MM-DD] [--excerpt] [--page KEY] [--url URL]");
  process.exit(2);
}

let failed = false;
for (const file of positionals) {
  const raw = readFileSync(file, "utf8");
  const comment = /^<!--([\s\S]*?)-->\n?/.exec(raw);
  const said = comment?.[1] ?? "";
  const url = values.url ?? /https:\/\/\S+/.exec(said)?.[0];
  const changed = /last changed in the public crawl on (\d{4}-\d{2}-\d{2})/.exec(said)?.[1];
  const captured = values.captured ?? changed;
  const excerpt = values.excerpt || /partial copy/.test(said);
  if (!url || !captured) {
    console.error(
      `${file}: give --url and --captured; the file does not say ${url ? "when it was captured" : "which page it is"}.`,
    );
    failed = true;
    continue;
  }
  const origin =
    values.origin ??
    (changed
      ? `A public crawl of Anthropic's documentation; the text last changed there on ${changed}.`
      : "A public copy of the page.");
  const result = storeSnapshot({
    url,
    captured,
    coverage: excerpt ? "excerpt" : "full",
    origin,
    gone: values.gone ?? [],
    text: comment ? raw.slice(comment[0].length) : raw,
    page: values.page,
  });
  console.log(`${result.stored ? "stored" : "unchanged"}: ${result.path}`);
}
process.exit(failed ? 1 : 0);
