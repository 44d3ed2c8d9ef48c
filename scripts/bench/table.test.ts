import { describe, expect, it } from "vitest";
import { bytes, lighthouseMedians, pageMeasurement } from "./test-fixtures";
import { formatTable } from "./table";
import { pageTargets } from "./targets";

const empty = { bytes, lighthouse: lighthouseMedians({ lcpMs: 840 }) };
const row = (page: ReturnType<typeof pageMeasurement>) => {
  const table = formatTable(empty, [{ page, checks: pageTargets(page) }]);
  return table.split("\n")[3]!.split(" | ");
};

describe("formatTable", () => {
  it("starts with the header and the empty page", () => {
    const lines = formatTable(empty, []).split("\n");
    expect(lines[0]).toMatch(/^\| Page \| Kind \| JS gzip \| × empty \(target\) \| HTML \/ gzip \|/);
    expect(lines[2]).toMatch(/^\| \(empty Next\.js page\) \| — \| 100\.0 KB \| 1\.00× \|/);
  });

  it("shows the JavaScript ratio beside the target for the page's kind, marked when missed", () => {
    expect(row(pageMeasurement("/check/", { jsRatio: 1.44 }))[3]).toBe("1.44× (≤ 1.25×) ✗");
    expect(row(pageMeasurement("/layers/incognito/", { jsRatio: 1.08 }))[3]).toBe("1.08× (≤ 1.10×)");
  });

  it("shows each LCP with its difference from the empty page, marked when it is too far above", () => {
    const page = pageMeasurement("/", { lighthouse: lighthouseMedians({ lcpMs: 1860 }), lcpAboveEmptyMs: 1020 });
    expect(row(page)[10]).toBe("1860 ms (+1020 ms) ✗");
  });

  it("shows HTML and inline data raw and compressed", () => {
    const cells = row(pageMeasurement("/sources/"));
    expect(cells[4]).toBe("20.0 KB / 5.0 KB");
    expect(cells[5]).toBe("10.0 KB / 2.0 KB");
    expect(cells[6]).toBe("40.0 KB / 8.0 KB");
    expect(cells[7]).toBe("107.4 KB");
  });

  it("marks a score below target, and an embed's SEO as not held to it", () => {
    const scores = { performance: 97, accessibility: 100, "best-practices": 100, seo: 63 };
    expect(row(pageMeasurement("/", { lighthouse: lighthouseMedians({ scores }) }))[9]).toBe("97 ✗");
    expect(row(pageMeasurement("/", { lighthouse: lighthouseMedians({ scores }) }))[16]).toBe("63 ✗ |");
    expect(row(pageMeasurement("/embed/check/", { lighthouse: lighthouseMedians({ scores }) }))[16]).toBe("63 † |");
  });
});
