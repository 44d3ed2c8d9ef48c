/** The review report as Markdown, for the editor: what needs doing first, then what changed. */
import { pagesOfKind, redirectedPages, vanishedQuotes, type RefreshReport } from "./report-schema";

/** Paragraph changes shown per page; report.json has them all. */
export const maxDiffLines = 60;

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One sentence for the terminal and the report's opening. */
export function summaryOf(report: RefreshReport): string {
  const count = (kind: "unchanged" | "changed" | "failed") => pagesOfKind(report, kind).length;
  const review = vanishedQuotes(report).length;
  return (
    `Read ${plural(report.pages.length, "page")} from ${report.readFrom}: ${count("unchanged")} unchanged, ` +
    `${count("changed")} changed, ${count("failed")} failed. ` +
    (review > 0 ? `${plural(review, "quote")} gone from the page: review the claims.` : "No quote is gone.")
  );
}

function reviewSection(report: RefreshReport): string[] {
  const quotes = vanishedQuotes(report);
  if (quotes.length === 0) return [];
  return [
    "## Claims to review: quotes gone from the page",
    ...quotes.flatMap((quote) => [
      `### Claim \`${quote.claim}\`, source \`${quote.source}\``,
      `Page \`${quote.page}\`. The claim quotes:`,
      `> ${oneLine(quote.quote)}`,
      "The page now says, nearest to it:",
      `> ${oneLine(quote.nearest) || "(nothing like it)"}`,
    ]),
  ];
}

function failedSection(report: RefreshReport): string[] {
  const failed = pagesOfKind(report, "failed");
  if (failed.length === 0) return [];
  return [
    "## Pages that failed",
    failed.map((result) => `- \`${result.page}\` (${result.url}): ${result.reason}`).join("\n"),
  ];
}

function changedSection(report: RefreshReport): string[] {
  const changed = pagesOfKind(report, "changed");
  if (changed.length === 0) return [];
  return [
    "## Pages that changed",
    ...changed.flatMap((result) => {
      const shown = result.diff
        .slice(0, maxDiffLines)
        .map(({ change, text }) => `${change === "added" ? "+" : "-"} ${text}`);
      const more = result.diff.length - shown.length;
      return [
        `### \`${result.page}\``,
        `New snapshot \`${result.snapshot}\`` +
          (result.previous ? `, compared with the copy of ${result.previous}.` : "; the first copy of this page.") +
          (result.finalUrl !== result.url ? ` Read at ${result.finalUrl}.` : ""),
        shown.length > 0 ? ["```diff", ...shown, "```"].join("\n") : "Only the marks changed, not the words.",
        ...(more > 0 ? [`…and ${plural(more, "more paragraph change")} in report.json.`] : []),
      ];
    }),
  ];
}

function redirectSection(report: RefreshReport): string[] {
  const moved = redirectedPages(report);
  if (moved.length === 0) return [];
  return [
    "## Redirects",
    "Where a page has moved for good, update the source's `url` in `content/model/sources.ts`.",
    moved.map((result) => `- ${result.url} → ${result.finalUrl}`).join("\n"),
  ];
}

function newLinksSection(report: RefreshReport): string[] {
  const { links, omitted } = report.newLinks;
  if (links.length === 0) return [];
  return [
    "## New pages on the model's topics",
    "Linked from cited pages, on the same hosts, and cited by no source yet.",
    [
      ...links.map(
        (link) =>
          `- [${oneLine(link.text) || link.url}](${link.url}) (${link.topics.join(", ")}), linked from ${link.from.map((page) => `\`${page}\``).join(", ")}`,
      ),
      ...(omitted > 0 ? [`- …and ${omitted} more`] : []),
    ].join("\n"),
  ];
}

function alreadyMissingSection(report: RefreshReport): string[] {
  const quotes = report.missingQuotes.filter((quote) => quote.before !== "vanished");
  if (quotes.length === 0) return [];
  return [
    "## Quotes not on the page before this refresh either",
    quotes
      .map(
        (quote) =>
          `- Claim \`${quote.claim}\`, source \`${quote.source}\` (${quote.before}): "${oneLine(quote.quote)}". Nearest now: "${oneLine(quote.nearest)}"`,
      )
      .join("\n"),
  ];
}

/** The whole report. */
export function reportMarkdown(report: RefreshReport): string {
  const unchanged = pagesOfKind(report, "unchanged");
  const blocks = [
    `# Sources review, ${report.date}`,
    summaryOf(report),
    ...reviewSection(report),
    ...failedSection(report),
    ...changedSection(report),
    ...redirectSection(report),
    ...newLinksSection(report),
    ...alreadyMissingSection(report),
    ...(unchanged.length > 0
      ? ["## Unchanged pages", unchanged.map((result) => `- \`${result.page}\``).join("\n")]
      : []),
  ];
  return `${blocks.join("\n\n")}\n`;
}
