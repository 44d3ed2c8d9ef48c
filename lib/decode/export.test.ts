import { describe, expect, it } from "vitest";
import { csvField, summaryCsv, summaryJson } from "./export";
import { decode, sample } from "./test-support";

const result = decode(sample("audit-log-example.csv"));
const meta = {
  fileName: "audit.csv",
  madeAt: "2026-11-22T00:00:00Z",
  meanings: { "audit-log:user_signed_in_sso": "Signed in." },
};

describe("csvField", () => {
  it("quotes when needed and defuses formulas", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe("");
  });
});

describe("summaryJson", () => {
  it("holds the file name, the format and the summary", () => {
    const parsed = JSON.parse(summaryJson(result, meta)) as {
      file: string;
      format: unknown;
      summary: { validRows: number };
    };
    expect(parsed).toMatchObject({ file: "audit.csv", format: { kind: "audit-csv" }, summary: { validRows: 15 } });
  });
});

describe("summaryCsv", () => {
  it("has a line per figure, with meanings or the catalogue gap", () => {
    const csv = summaryCsv(result, meta);
    expect(csv).toContain("rows,valid,15,\r\n");
    expect(csv).toContain("types,user_signed_in_sso,3,Signed in.\r\n");
    expect(csv).toContain("types,example_unlisted_event,1,not in our catalogue\r\n");
  });
});
