import type { LighthouseMedians } from "./lighthouse-median";
import type { PageBytes } from "./page-bytes";
import { isEmbed, jsRatioTargets, type PageKind } from "./page-kind";
import { ms, ratio, score, signedMs } from "./format";

/** The targets of issue 15: each page within a hair of an empty Next.js page, and the check instant. */
export const targets = {
  /** Lighthouse mobile performance, median of the runs. */
  performance: 98,
  /** How far a page's median LCP may be above the empty page's median LCP in the same run. */
  lcpAboveEmptyMs: 200,
  /** Accessibility, best practices and SEO. */
  otherCategories: 100,
  /** The median time from an answer change to the new report in the page, on a 4× slowed CPU. */
  checkUpdateMs: 16,
} as const;

/** One measured page of one edition. */
export type PageMeasurement = {
  path: string;
  kind: PageKind;
  bytes: PageBytes;
  /** Client JavaScript (gzip) as a multiple of the empty page's. */
  jsRatio: number;
  lighthouse: LighthouseMedians;
  /** The page's median LCP minus the empty page's median LCP. */
  lcpAboveEmptyMs: number;
};

export type TargetId = "js" | "performance" | "lcp" | "accessibility" | "best-practices" | "seo" | "check-update";

/** Whether one figure meets its target, with both in words for the list of misses. */
export type TargetCheck = { id: TargetId; met: boolean; actual: string; goal: string };

/**
 * The targets a page is held to. Embed views ask search engines not to index them, by design, so their
 * SEO score is reported but not held to the target.
 */
export function pageTargets(page: PageMeasurement): TargetCheck[] {
  const { scores } = page.lighthouse;
  const jsTarget = jsRatioTargets[page.kind];
  const checks: TargetCheck[] = [
    { id: "js", met: page.jsRatio <= jsTarget, actual: `JS ${ratio(page.jsRatio)}`, goal: `\u2264 ${ratio(jsTarget)}` },
    {
      id: "performance",
      met: scores.performance >= targets.performance,
      actual: `performance ${score(scores.performance)}`,
      goal: `\u2265 ${targets.performance}`,
    },
    {
      id: "lcp",
      met: page.lcpAboveEmptyMs <= targets.lcpAboveEmptyMs,
      actual: `LCP ${signedMs(page.lcpAboveEmptyMs)} vs empty`,
      goal: `\u2264 ${signedMs(targets.lcpAboveEmptyMs)}`,
    },
    categoryCheck("accessibility", scores.accessibility),
    categoryCheck("best-practices", scores["best-practices"]),
  ];
  if (!isEmbed(page.path)) checks.push(categoryCheck("seo", scores.seo));
  return checks;
}

function categoryCheck(id: "accessibility" | "best-practices" | "seo", value: number): TargetCheck {
  return {
    id,
    met: value >= targets.otherCategories,
    actual: `${id} ${score(value)}`,
    goal: `${targets.otherCategories}`,
  };
}

/** The check's update time, held to one frame at 60 Hz. */
export function checkUpdateTarget(medianMs: number): TargetCheck {
  return {
    id: "check-update",
    met: medianMs < targets.checkUpdateMs,
    actual: `check update median (new answers) ${ms(medianMs, 1)}`,
    goal: `< ${targets.checkUpdateMs} ms`,
  };
}
