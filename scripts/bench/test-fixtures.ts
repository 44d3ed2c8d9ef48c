import type { LighthouseMedians } from "./lighthouse-median";
import type { PageBytes } from "./page-bytes";
import { pageKind } from "./page-kind";
import type { PageMeasurement } from "./targets";

/** Figures for the report's tests: a page that meets every target unless told otherwise. */
export function lighthouseMedians(overrides: Partial<LighthouseMedians> = {}): LighthouseMedians {
  return {
    runs: 3,
    scores: { performance: 99, accessibility: 100, "best-practices": 100, seo: 100 },
    lcpMs: 900,
    fcpMs: 800,
    tbtMs: 0,
    cls: 0,
    otherTransferBytes: 0,
    scriptTransferBytes: 110_000,
    otherRequests: [],
    lostPoints: [],
    ...overrides,
  };
}

export const bytes: PageBytes = {
  scriptFiles: 6,
  scriptGzip: 102_400,
  htmlRaw: 20_480,
  htmlGzip: 5_120,
  inlineRaw: 10_240,
  inlineGzip: 2_048,
  payloadRaw: 40_960,
  payloadGzip: 8_192,
};

export function pageMeasurement(path: string, overrides: Partial<PageMeasurement> = {}): PageMeasurement {
  return {
    path,
    kind: pageKind(path),
    bytes,
    jsRatio: 1,
    lighthouse: lighthouseMedians(),
    lcpAboveEmptyMs: 50,
    ...overrides,
  };
}
