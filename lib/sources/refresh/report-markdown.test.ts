import { describe, expect, it } from "vitest";
import { maxDiffLines, reportMarkdown, summaryOf } from "./report-markdown";
import { exitCodeOf, type RefreshReport } from "./report-schema";

const empty: RefreshReport = {
  date: "2026-12-01",
  readFrom: "the network",
  pages: [],
  missingQuotes: [],
  newLinks: { links: [], omitted: 0 },
};
const unchanged = {
  kind: "unchanged" as const,
  page: "d.test/a",
  url: "https://d.test/a",
  finalUrl: "https://d.test/a",
};

describe("summaryOf", () => {
  it("counts pages by outcome and the quotes to review", () => {
    expect(summaryOf({ ...empty, pages: [unchanged] })).toBe(
      "Read 1 page from the network: 1 unchanged, 0 changed, 0 failed. No quote is gone.",
    );
  });
});

describe("exitCodeOf", () => {
  it("is 0 when nothing failed and no quote vanished, even with already missing quotes", () => {
    const missing = { claim: "c", source: "s", page: "p", quote: "q", before: "quote-missing" as const, nearest: "" };
    expect(exitCodeOf({ ...empty, pages: [unchanged], missingQuotes: [missing] })).toBe(0);
    expect(exitCodeOf({ ...empty, missingQuotes: [{ ...missing, before: "vanished" }] })).toBe(1);
    expect(exitCodeOf({ ...empty, pages: [{ ...unchanged, kind: "failed", cause: "timeout", reason: "slow" }] })).toBe(
      1,
    );
  });
});

describe("reportMarkdown", () => {
  it("shows the first paragraph changes of a long diff and points to the JSON for the rest", () => {
    const diff = Array.from({ length: maxDiffLines + 2 }, (_, index) => ({
      change: "added" as const,
      text: `P${index}`,
    }));
    const markdown = reportMarkdown({
      ...empty,
      pages: [{ ...unchanged, kind: "changed", snapshot: "d.test/a/2026-12-01.md", previous: null, diff }],
    });
    expect(markdown).toContain("New snapshot `d.test/a/2026-12-01.md`; the first copy of this page.");
    expect(markdown).toContain(`+ P${maxDiffLines - 1}\n\`\`\``);
    expect(markdown).toContain("…and 2 more paragraph changes in report.json.");
  });

  it("lists only what there is: no empty sections", () => {
    expect(reportMarkdown({ ...empty, pages: [unchanged] })).toBe(
      "# Sources review, 2026-12-01\n\nRead 1 page from the network: 1 unchanged, 0 changed, 0 failed. No quote is gone.\n\n## Unchanged pages\n\n- `d.test/a`\n",
    );
  });
});
