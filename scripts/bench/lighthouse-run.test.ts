import { describe, expect, it } from "vitest";
import { summarizeRun, type LighthouseResult } from "./lighthouse-run";

const result: LighthouseResult = {
  categories: {
    performance: {
      score: 0.97,
      auditRefs: [
        { id: "largest-contentful-paint", weight: 25 },
        { id: "first-contentful-paint", weight: 10 },
        { id: "render-blocking-resources", weight: 0 },
        { id: "unused-css-rules", weight: 0 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: "color-contrast", weight: 7 }] },
    "best-practices": { score: 1, auditRefs: [] },
    seo: { score: 0.69, auditRefs: [{ id: "is-crawlable", weight: 4.6 }] },
  },
  audits: {
    "largest-contentful-paint": { score: 0.8, numericValue: 2010.4 },
    "first-contentful-paint": { score: 1, numericValue: 905.6 },
    "total-blocking-time": { score: 1, numericValue: 12 },
    "cumulative-layout-shift": { score: 1, numericValue: 0.002 },
    "render-blocking-resources": { score: 0.5, metricSavings: { LCP: 300, FCP: 300 } },
    "unused-css-rules": { score: 0.5, metricSavings: { LCP: 0 } },
    "color-contrast": { score: 1 },
    "is-crawlable": { score: 0 },
    "network-requests": {
      score: null,
      details: {
        type: "table",
        items: [
          { url: "http://localhost:4000/check/", resourceType: "Document", transferSize: 9000 },
          { url: "http://localhost:4000/_next/static/chunks/app.js", resourceType: "Script", transferSize: 50000 },
          { url: "http://localhost:4000/_next/static/css/app.css", resourceType: "Stylesheet", transferSize: 8000 },
          { url: "http://localhost:4000/data/model.json", resourceType: "Fetch", transferSize: 12000 },
          { url: "http://localhost:4000/icon.svg", resourceType: "Image", transferSize: 500 },
        ],
      },
    },
  },
};

describe("summarizeRun", () => {
  it("reads the category scores out of 100 and the metrics in whole milliseconds", () => {
    const run = summarizeRun(result);
    expect(run.scores).toEqual({ performance: 97, accessibility: 100, "best-practices": 100, seo: 69 });
    expect([run.lcpMs, run.fcpMs, run.tbtMs, run.cls]).toEqual([2010, 906, 12, 0.002]);
  });

  it("adds up what is neither a script, a document nor a style sheet, and says what it was", () => {
    const run = summarizeRun(result);
    expect(run.otherTransferBytes).toBe(12500);
    expect(run.otherRequests).toEqual(["Fetch /data/model.json", "Image /icon.svg"]);
  });

  it("names weighted audits that lost points, and unweighted ones that say they would save time", () => {
    expect(summarizeRun(result).lostPoints).toEqual([
      { category: "performance", audit: "largest-contentful-paint" },
      { category: "performance", audit: "render-blocking-resources" },
      { category: "seo", audit: "is-crawlable" },
    ]);
  });
});
