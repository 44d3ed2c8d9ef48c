import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatSnapshot, parseSnapshot } from "../snapshot-file";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import {
  fixtureModel,
  officialOrigin,
  servedPages,
  storedDate,
  storedTexts,
  writeFixtureSnapshots,
} from "./refresh-fixture";
import { refreshReportSchema, type RefreshReport } from "./report-schema";
import { refreshSources, type RefreshOptions } from "./run";

const today = "2026-12-01";
const host = "docs.example.test";
let server: FixtureServer;
let work: string;

beforeAll(async () => {
  server = await startFixtureServer(servedPages);
  // Node loads its fetch on first use; do that here, so no page of the test waits for it.
  await (await fetch(`${server.origin}/warm-up`)).text();
});
afterAll(() => server.close());
/** A temporary folder holding a copy of the fixture snapshots; removed after the test or block. */
function freshWork(): () => void {
  work = mkdtempSync(join(tmpdir(), "sources-refresh-"));
  writeFixtureSnapshots(join(work, "snapshots"));
  const dir = work;
  return () => rmSync(dir, { recursive: true, force: true });
}

const options = (overrides: Partial<RefreshOptions> = {}): RefreshOptions => ({
  model: fixtureModel,
  snapshotsDir: join(work, "snapshots"),
  outDir: join(work, "review"),
  today,
  concurrency: 4,
  timeoutMs: 1000,
  maxBytes: 100_000,
  retryDelayMs: 10,
  reroute: { from: officialOrigin, to: server.origin },
  ...overrides,
});

const filesOf = (page: string) => readdirSync(join(work, "snapshots", host, "en", page)).sort();
const pageResult = (report: RefreshReport, page: string) =>
  report.pages.find((result) => result.page === `${host}/en/${page}`);

describe("refreshSources, against a local server", () => {
  let report: RefreshReport;
  let exitCode: number;
  let markdown: string;

  // One run for the whole block: the slow page costs a timeout each time.
  beforeAll(async () => {
    const cleanUp = freshWork();
    server.hits.clear();
    ({ report, exitCode } = await refreshSources(options()));
    markdown = readFileSync(join(work, "review", "report.md"), "utf8");
    return cleanUp;
  });

  it("reads each snapshot folder once, even when two sources share it", () => {
    expect(server.hits.get("/en/changed")).toBe(1);
    expect(report.pages.filter((result) => result.page === `${host}/en/changed`)).toHaveLength(1);
    expect(report.pages.map((result) => result.page)).not.toContain("blog.example.org/post");
  });

  it("names the project in its User-Agent", () => {
    expect(server.headers.get("/en/unchanged")?.["user-agent"]).toMatch(/what-can-my-employer-see/);
  });

  it("stores a new full snapshot only where the words changed, and keeps the old ones", () => {
    expect(filesOf("unchanged")).toEqual([`${storedDate}.md`]);
    expect(filesOf("moved")).toEqual([`${storedDate}.md`]);
    expect(filesOf("missing")).toEqual([`${storedDate}.md`]);
    expect(filesOf("changed")).toEqual([`${storedDate}.md`, `${today}.md`]);
    expect(filesOf("quote-removed")).toEqual([`${storedDate}.md`, `${today}.md`]);
    const file = `${host}/en/changed/${today}.md`;
    const snapshot = parseSnapshot(readFileSync(join(work, "snapshots", file), "utf8"), file);
    expect(snapshot).toMatchObject({ url: `${officialOrigin}/en/changed`, captured: today, coverage: "full" });
    expect(snapshot.origin).toContain("npm run sources:refresh");
    expect(snapshot.origin).toContain(`${officialOrigin}/en/changed`);
    expect(snapshot.text).toContain("Exports include chats and projects.");
    expect(snapshot.text).not.toMatch(/Copyright|tracking|Audit logs/);
  });

  it("writes a JSON report that its schema accepts, equal to what it returns", () => {
    const json = JSON.parse(readFileSync(join(work, "review", "report.json"), "utf8"));
    expect(refreshReportSchema.parse(json)).toEqual(report);
  });

  it("reports the changed paragraphs", () => {
    expect(pageResult(report, "changed")).toMatchObject({
      kind: "changed",
      snapshot: `${host}/en/changed/${today}.md`,
      previous: storedDate,
      diff: [
        { change: "removed", text: "Exports include chats." },
        { change: "added", text: "Exports include chats and projects." },
        { change: "added", text: "Exports are ready within a day." },
        { change: "added", text: "Read the export format." },
      ],
    });
    expect(markdown).toContain("- Exports include chats.\n+ Exports include chats and projects.");
  });

  it("reports the quote that vanished with what the page says now, and not the one that stayed", () => {
    const vanished = report.missingQuotes.filter((quote) => quote.before === "vanished");
    expect(vanished).toEqual([
      {
        claim: "incognito-window",
        source: "quote-removed",
        page: `${host}/en/quote-removed`,
        quote: "kept for 30 days",
        before: "vanished",
        nearest: "Incognito Incognito chats are kept for 90 days.",
      },
    ]);
    expect(report.missingQuotes.find((quote) => quote.source === "changed-older")?.before).toBe("quote-missing");
    expect(markdown).toContain("### Claim `incognito-window`, source `quote-removed`");
    expect(markdown).toContain("> Incognito Incognito chats are kept for 90 days.");
  });

  it("reports each failed page with its reason", () => {
    expect(pageResult(report, "missing")).toMatchObject({
      kind: "failed",
      cause: "http",
      reason: "HTTP 404 Not Found",
    });
    expect(pageResult(report, "slow")).toMatchObject({ kind: "failed", cause: "timeout" });
    expect(pageResult(report, "image")).toMatchObject({
      kind: "failed",
      cause: "unsupported",
      reason: "not HTML or text (image/png)",
    });
    expect(server.hits.get("/en/missing")).toBe(1);
    expect(markdown).toContain(`- \`${host}/en/missing\` (${officialOrigin}/en/missing): HTTP 404 Not Found`);
  });

  it("follows a redirect, reads Markdown as it is, and records the final address", () => {
    expect(pageResult(report, "moved")).toEqual({
      kind: "unchanged",
      page: `${host}/en/moved`,
      url: `${officialOrigin}/en/moved`,
      finalUrl: `${officialOrigin}/en/new-home.md`,
    });
    expect(markdown).toContain(`- ${officialOrigin}/en/moved → ${officialOrigin}/en/new-home.md`);
  });

  it("lists new pages on the model's topics linked from the cited pages' content, sorted", () => {
    expect(report.newLinks).toEqual({
      links: [
        {
          url: `${officialOrigin}/en/data-export-format`,
          text: "the export format",
          topics: ["export"],
          from: [`${host}/en/changed`],
        },
        {
          url: `${officialOrigin}/en/retention-controls`,
          text: "Custom retention controls",
          topics: ["retention"],
          from: [`${host}/en/unchanged`],
        },
      ],
      omitted: 0,
    });
  });

  it("fails when a quote vanished or a page failed, and says so in one line", () => {
    expect(exitCode).toBe(1);
    expect(markdown).toMatch(
      /^# Sources review, 2026-12-01\n\nRead 7 pages from the network: 2 unchanged, 2 changed, 3 failed\. 1 quote gone from the page: review the claims\./,
    );
  });
});

describe("refreshSources, exit status", () => {
  beforeEach(freshWork);
  const only = (ids: string[]) => ({
    sources: fixtureModel.sources.filter((source) => ids.includes(source.id)),
    claims: fixtureModel.claims.filter((claim) => claim.citations.every((citation) => ids.includes(citation.source))),
  });

  it("is zero when pages changed but no quote vanished", async () => {
    const { report, exitCode } = await refreshSources(
      options({ model: only(["unchanged", "changed", "changed-older"]) }),
    );
    expect(report.pages.map((result) => result.kind)).toEqual(["changed", "unchanged"]);
    expect(exitCode).toBe(0);
  });

  it("is zero, with no new snapshot, when a second run finds nothing new", async () => {
    const model = only(["unchanged", "quote-removed"]);
    expect((await refreshSources(options({ model }))).exitCode).toBe(1);
    const again = await refreshSources(options({ model }));
    expect(again.report.pages.map((result) => result.kind)).toEqual(["unchanged", "unchanged"]);
    expect(again.exitCode).toBe(0);
    expect(filesOf("quote-removed")).toEqual([`${storedDate}.md`, `${today}.md`]);
  });
});

describe("refreshSources, after an excerpt", () => {
  beforeEach(freshWork);

  it("stores a full copy, and diffs it against the newest full copy rather than the excerpt", async () => {
    const file = join(work, "snapshots", host, "en", "changed", "2026-02-01.md");
    const excerpt = { url: `${officialOrigin}/en/changed`, captured: "2026-02-01", coverage: "excerpt" as const };
    writeFileSync(
      file,
      formatSnapshot({ ...excerpt, origin: "A fixture.", gone: [], text: "Exports include chats.\n" }),
    );
    const model = { sources: fixtureModel.sources.filter((source) => source.id === "changed"), claims: [] };
    const { report } = await refreshSources(options({ model }));
    expect(report.pages[0]).toMatchObject({ kind: "changed", previous: storedDate });
    expect(filesOf("changed")).toEqual([`${storedDate}.md`, "2026-02-01.md", `${today}.md`]);
  });
});

describe("refreshSources, from saved pages", () => {
  beforeEach(freshWork);
  const save = (dir: string, name: string, text: string) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  };

  it("reads HTML and Markdown files named by page folder, and fails the pages it has no copy of", async () => {
    const saved = join(work, "saved");
    save(saved, `${host}/en/changed.html`, servedPages["/en/changed"]!.body as string);
    save(saved, `${host}/en/unchanged.md`, storedTexts[`${host}/en/unchanged`]!.replaceAll("* ", "- "));
    const model = {
      sources: fixtureModel.sources.filter((s) => ["changed", "unchanged", "missing"].includes(s.id)),
      claims: [],
    };
    const hitsBefore = [...server.hits.values()].reduce((a, b) => a + b, 0);
    const { report, exitCode } = await refreshSources(options({ model, from: saved }));
    expect([...server.hits.values()].reduce((a, b) => a + b, 0)).toBe(hitsBefore);
    expect(report.readFrom).toBe(saved);
    expect(report.pages.map((result) => [result.page, result.kind])).toEqual([
      [`${host}/en/changed`, "changed"],
      [`${host}/en/missing`, "failed"],
      [`${host}/en/unchanged`, "unchanged"],
    ]);
    expect(pageResult(report, "missing")).toMatchObject({ cause: "missing" });
    expect(exitCode).toBe(1);
    const file = `${host}/en/changed/${today}.md`;
    const snapshot = parseSnapshot(readFileSync(join(work, "snapshots", file), "utf8"), file);
    expect(snapshot.origin).toContain(`the saved copy ${host}/en/changed.html`);
  });
});
