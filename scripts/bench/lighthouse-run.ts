/** The Lighthouse categories the benchmark reads, by their ids in Lighthouse's result. */
export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
export type CategoryId = (typeof categories)[number];

/** An audit that cost its category points in one run. */
export type LostPoints = { category: CategoryId; audit: string };

/** What the benchmark keeps of one Lighthouse (mobile) run of one page. */
export type LighthouseRun = {
  /** Category scores, 0–100. */
  scores: Record<CategoryId, number>;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /**
   * Bytes transferred for everything that is not a script, a document or a style sheet: data files the
   * page fetches, images, fonts. It is not JavaScript, so it is kept out of the JavaScript figures.
   */
  otherTransferBytes: number;
  /** Every script the page loaded while measured, including code loaded after the first paint. */
  scriptTransferBytes: number;
  /** Those requests, as "type path", so a figure that grows says what grew. */
  otherRequests: string[];
  /** Audits that lost points, so a score below target says why. */
  lostPoints: LostPoints[];
};

/** The parts of Lighthouse's result (`LH.Result`) read here. */
export type LighthouseResult = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; metricSavings?: Partial<Record<string, number>>; details?: unknown }
  >;
};

const notOther = new Set(["Document", "Script", "Stylesheet"]);

/** Reads one run's figures from Lighthouse's result. */
export function summarizeRun({ categories: byId, audits }: LighthouseResult): LighthouseRun {
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const other = networkRequests(audits["network-requests"]?.details).filter(
    (request) => !notOther.has(request.resourceType),
  );
  return {
    scores: Object.fromEntries(
      categories.map((id) => [id, Math.round((byId[id]?.score ?? 0) * 100)]),
    ) as LighthouseRun["scores"],
    lcpMs: Math.round(value("largest-contentful-paint")),
    fcpMs: Math.round(value("first-contentful-paint")),
    tbtMs: Math.round(value("total-blocking-time")),
    cls: value("cumulative-layout-shift"),
    otherTransferBytes: other.reduce((sum, request) => sum + request.transferSize, 0),
    scriptTransferBytes: networkRequests(audits["network-requests"]?.details)
      .filter((request) => request.resourceType === "Script")
      .reduce((sum, request) => sum + request.transferSize, 0),
    otherRequests: other.map((request) => `${request.resourceType} ${new URL(request.url).pathname}`),
    lostPoints: categories.flatMap((category) =>
      (byId[category]?.auditRefs ?? [])
        .filter(({ id, weight }) => {
          const audit = audits[id];
          if (!audit || audit.score === null || audit.score >= 1) return false;
          // Performance is scored on its metrics alone; the audits that say what slows them carry no weight
          // but name the time they could save.
          return weight > 0 || Object.values(audit.metricSavings ?? {}).some((saving) => (saving ?? 0) > 0);
        })
        .map(({ id }) => ({ category, audit: id })),
    ),
  };
}

type NetworkRequest = { url: string; resourceType: string; transferSize: number };

/** The rows of Lighthouse's `network-requests` table. */
function networkRequests(details: unknown): NetworkRequest[] {
  if (typeof details !== "object" || details === null || !("items" in details) || !Array.isArray(details.items))
    return [];
  return (details.items as Record<string, unknown>[]).map((item) => ({
    url: String(item.url),
    resourceType: String(item.resourceType ?? "Other"),
    transferSize: typeof item.transferSize === "number" ? item.transferSize : 0,
  }));
}
