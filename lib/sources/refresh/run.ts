/**
 * One refresh: read every cited official page (from the network, or saved copies with `from`), store
 * a new full snapshot where the words changed, check the quotes on changed pages, and write the review
 * report. The file system is touched only here, in the snapshots folder and the report folder.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readSnapshots, storeSnapshot, type StoredSnapshot } from "../snapshot-store";
import type { PageLink } from "./html-to-markdown";
import { fetchPage, type Fetched, type FetchOptions } from "./http";
import { linkKey, newTopicLinks } from "./new-links";
import { pageText } from "./page-text";
import { paragraphDiff, sameText } from "./paragraphs";
import { mapLimit } from "./pool";
import { missingQuotes, type MissingQuote } from "./quote-check";
import { reportMarkdown } from "./report-markdown";
import { exitCodeOf, type PageResult, type RefreshReport } from "./report-schema";
import { readSavedPage } from "./saved-pages";
import { refreshTargets, type RefreshModel, type RefreshTarget } from "./targets";

export type RefreshOptions = FetchOptions & {
  model: RefreshModel;
  /** The snapshots folder, content/sources/snapshots/ in the project. */
  snapshotsDir: string;
  /** Where report.md and report.json go. */
  outDir: string;
  /** A folder of saved pages to read instead of the network (saved-pages.ts). */
  from?: string;
  /** The capture date of new snapshots, YYYY-MM-DD. */
  today: string;
  /** Pages read at once. */
  concurrency: number;
  /**
   * Sends requests for one origin to another, and maps final addresses back: the tests serve the
   * official pages from 127.0.0.1. Not a command-line option.
   */
  reroute?: { from: string; to: string };
};

type Read = { result: PageResult; quotes: MissingQuote[]; links: PageLink[] };

const swapOrigin = (url: string, from: string, to: string) =>
  url.startsWith(from) ? to + url.slice(from.length) : url;

async function readPage(target: RefreshTarget, options: RefreshOptions): Promise<Fetched & { file?: string }> {
  if (options.from) return readSavedPage(options.from, target.page, target.url, options.maxBytes);
  const { reroute } = options;
  const fetched = await fetchPage(reroute ? swapOrigin(target.url, reroute.from, reroute.to) : target.url, options);
  if (!reroute || !fetched.finalUrl) return fetched;
  return { ...fetched, finalUrl: swapOrigin(fetched.finalUrl, reroute.to, reroute.from) };
}

async function refreshPage(
  target: RefreshTarget,
  history: readonly StoredSnapshot[],
  options: RefreshOptions,
): Promise<Read> {
  const { page, url } = target;
  const fetched = await readPage(target, options);
  if (fetched.kind === "failed") {
    const { cause, reason, finalUrl } = fetched;
    return { result: { kind: "failed", page, url, finalUrl, cause, reason }, quotes: [], links: [] };
  }
  const { finalUrl } = fetched;
  const read = pageText(fetched.body, fetched.contentType, finalUrl);
  if (read.kind === "unsupported")
    return {
      result: { kind: "failed", page, url, finalUrl, cause: "unsupported", reason: read.reason },
      quotes: [],
      links: [],
    };
  if (read.text.trim().length === 0) {
    const reason = "no text in the page's content (a page drawn by JavaScript?)";
    return { result: { kind: "failed", page, url, finalUrl, cause: "unsupported", reason }, quotes: [], links: [] };
  }
  const newest = history.at(-1);
  if (newest?.coverage === "full" && sameText(newest.text, read.text))
    return { result: { kind: "unchanged", page, url, finalUrl }, quotes: [], links: read.links };
  const origin = options.from
    ? `Read by npm run sources:refresh on ${options.today} from the saved copy ${fetched.file} of ${url}.`
    : `Fetched by npm run sources:refresh on ${options.today} from ${finalUrl}${finalUrl !== url ? ` (redirected from ${url})` : ""}.`;
  // The diff is against the newest full copy: against an excerpt, nearly every paragraph would look new.
  const base = history.findLast((copy) => copy.coverage === "full") ?? newest;
  storeSnapshot(
    { url, captured: options.today, coverage: "full", origin, gone: [], text: read.text, page },
    options.snapshotsDir,
  );
  return {
    result: {
      kind: "changed",
      page,
      url,
      finalUrl,
      snapshot: `${page}/${options.today}.md`,
      previous: base?.captured ?? null,
      diff: base ? paragraphDiff(base.text, read.text) : [],
    },
    quotes: missingQuotes(page, target.citations, history, read.text),
    links: read.links,
  };
}

/** Runs the refresh, writes the report, and returns it with the exit code it calls for. */
export async function refreshSources(options: RefreshOptions): Promise<{ report: RefreshReport; exitCode: 0 | 1 }> {
  const targets = refreshTargets(options.model);
  const histories = readSnapshots(options.snapshotsDir);
  const reads = await mapLimit(targets, options.concurrency, (target) =>
    refreshPage(target, histories.get(target.page) ?? [], options),
  );
  const official = options.model.sources.filter((source) => source.kind === "official");
  const cited = new Set(
    options.model.sources.flatMap((source) => [linkKey(new URL(source.url)), source.snapshot ?? ""]),
  );
  const report: RefreshReport = {
    date: options.today,
    readFrom: options.from ?? "the network",
    pages: reads.map((read) => read.result),
    missingQuotes: reads.flatMap((read) => read.quotes),
    newLinks: newTopicLinks(
      new Map(reads.map((read) => [read.result.page, read.links])),
      new Set(official.map((source) => new URL(source.url).hostname)),
      cited,
    ),
  };
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(options.outDir, "report.md"), reportMarkdown(report));
  return { report, exitCode: exitCodeOf(report) };
}
