import type { LighthouseScores } from "./lighthouse";

/** One measured page: its JavaScript against the empty-page baseline, and its Lighthouse figures. */
export type PageRow = LighthouseScores & { path: string; scriptBytes: number; inlineBytes: number; jsRatio: number };

/** Targets from the project's bars; a row that misses one is marked in the table. */
export const targets = { performance: 95, otherCategories: 100, jsRatioWithoutInteraction: 1.15 } as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A Markdown table of the rows, with a legend of the targets. */
export function formatReport(rows: PageRow[]): string {
  const header =
    "| Page | JS code (gzip) | vs empty page | Inline data (gzip) | Transferred | Perf | A11y | Best pr. | SEO | LCP | TBT |";
  const rule = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const mark = (ok: boolean, text: string) => (ok ? text : `**${text}** ✗`);
  const lines = rows.map((row) =>
    [
      row.path,
      kb(row.scriptBytes),
      `${row.jsRatio.toFixed(2)}×`,
      kb(row.inlineBytes),
      kb(row.transferBytes),
      mark(row.performance >= targets.performance, String(row.performance)),
      mark(row.accessibility >= targets.otherCategories, String(row.accessibility)),
      mark(row.bestPractices >= targets.otherCategories, String(row.bestPractices)),
      mark(row.seo >= targets.otherCategories, String(row.seo)),
      `${row.lcpMs} ms`,
      `${row.tbtMs} ms`,
    ].join(" | "),
  );
  const lost = rows
    .filter((row) => row.failedAudits.length > 0)
    .map((row) => `- ${row.path}: ${[...new Set(row.failedAudits)].join(", ")}`);
  return [
    header,
    rule,
    ...lines.map((line) => `| ${line} |`),
    "",
    `Targets: performance ≥ ${targets.performance}; accessibility, best practices and SEO ${targets.otherCategories};` +
      ` client JavaScript code within ${Math.round((targets.jsRatioWithoutInteraction - 1) * 100)}% of the empty page on pages with no interactive part.`,
    "Inline data is the page's content serialized for hydration; it grows with the text, not the code.",
    ...(lost.length > 0 ? ["", "Lighthouse audits that lost points:", ...lost] : []),
  ].join("\n");
}
