import { kb, missed, ms, ratio, score, signedMs } from "./format";
import { jsRatioTargets } from "./page-kind";
import type { PageBytes } from "./page-bytes";
import type { LighthouseMedians } from "./lighthouse-median";
import type { PageMeasurement, TargetCheck, TargetId } from "./targets";

const header = [
  "Page",
  "Kind",
  "JS gzip",
  "\u00d7 empty (target)",
  "HTML / gzip",
  "Inline data / gzip",
  "Payload after paint / gzip",
  "All JS loaded (transfer)",
  "Other (transfer)",
  "Perf",
  "LCP (\u0394 empty)",
  "FCP",
  "TBT",
  "CLS",
  "A11y",
  "BP",
  "SEO",
];
const alignment = ["---", "---", ...header.slice(2).map(() => "---:")];

/** Marker for the SEO of embed views, which ask not to be indexed. */
export const noindexMark = "\u2020";

/** The Markdown table of one edition: the empty page first, then each page with its missed targets marked. */
export function formatTable(
  empty: { bytes: PageBytes; lighthouse: LighthouseMedians },
  pages: readonly { page: PageMeasurement; checks: readonly TargetCheck[] }[],
): string {
  const emptyRow = cells("(empty Next.js page)", "\u2014", empty.bytes, empty.lighthouse, {
    ratio: ratio(1),
    lcp: ms(empty.lighthouse.lcpMs),
    seo: score(empty.lighthouse.scores.seo),
  });
  const rows = pages.map(({ page, checks }) => {
    const mark = (id: TargetId, text: string) =>
      checks.find((check) => check.id === id)?.met === false ? missed(text) : text;
    const { lighthouse: lh } = page;
    const seoHeld = checks.some((check) => check.id === "seo");
    return cells(page.path, page.kind, page.bytes, lh, {
      ratio: mark("js", `${ratio(page.jsRatio)} (\u2264 ${ratio(jsRatioTargets[page.kind])})`),
      lcp: mark("lcp", `${ms(lh.lcpMs)} (${signedMs(page.lcpAboveEmptyMs)})`),
      seo: seoHeld ? mark("seo", score(lh.scores.seo)) : `${score(lh.scores.seo)} ${noindexMark}`,
      performance: mark("performance", score(lh.scores.performance)),
      accessibility: mark("accessibility", score(lh.scores.accessibility)),
      bestPractices: mark("best-practices", score(lh.scores["best-practices"])),
    });
  });
  return [header, alignment, emptyRow, ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}

type Shown = {
  ratio: string;
  lcp: string;
  seo: string;
  performance?: string;
  accessibility?: string;
  bestPractices?: string;
};

function cells(path: string, kind: string, bytes: PageBytes, lh: LighthouseMedians, shown: Shown): string[] {
  return [
    path,
    kind,
    kb(bytes.scriptGzip),
    shown.ratio,
    `${kb(bytes.htmlRaw)} / ${kb(bytes.htmlGzip)}`,
    `${kb(bytes.inlineRaw)} / ${kb(bytes.inlineGzip)}`,
    `${kb(bytes.payloadRaw)} / ${kb(bytes.payloadGzip)}`,
    kb(lh.scriptTransferBytes),
    kb(lh.otherTransferBytes),
    shown.performance ?? score(lh.scores.performance),
    shown.lcp,
    ms(lh.fcpMs),
    ms(lh.tbtMs),
    lh.cls.toFixed(3),
    shown.accessibility ?? score(lh.scores.accessibility),
    shown.bestPractices ?? score(lh.scores["best-practices"]),
    shown.seo,
  ];
}
