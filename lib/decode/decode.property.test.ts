/** Properties the decoder promises over all input: it never throws, and its counts add up. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activity, csvRow, decode, header } from "./test-support";

const validRow = fc.constant(csvRow());
const invalidRow = fc.oneof(
  fc.constant(csvRow({ at: "not a date" })),
  fc.constant(csvRow({ event: "" })),
  fc.constant("2026-10-01T00:00:00Z,only,three"),
);

describe("decoding any text", () => {
  it("never throws, and rows read are always valid plus invalid", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (text, chunk) => {
        const { summary } = decode(text, chunk);
        expect(summary.rowsRead).toBe(summary.validRows + summary.invalidRows);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on text that starts like each format", () => {
    const starts = fc.constantFrom(`${header}\n`, '{"data": [', "[", '{"id": "a"}\n', "{");
    fc.assert(
      fc.property(starts, fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (start, rest, chunk) => {
        const { summary } = decode(start + rest, chunk, 100);
        expect(summary.rowsRead).toBe(summary.validRows + summary.invalidRows);
      }),
      { numRuns: 500 },
    );
  });
});

describe("decoding a CSV of known rows", () => {
  it("counts every row once, as valid or not, however it is chunked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.oneof(validRow, invalidRow)), { maxLength: 30 }),
        fc.integer({ min: 1, max: 64 }),
        (rows, chunk) => {
          const lines = rows.map(([valid, bad]) => (valid ? csvRow() : bad));
          const { summary } = decode([header, ...lines].join("\n"), chunk);
          expect(summary.rowsRead).toBe(lines.length);
          expect(summary.validRows).toBe(lines.filter((line) => line === csvRow()).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("decoding Activity Feed pages", () => {
  it("gives the same summary whether the activities come as JSON Lines or as a response", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (valids) => {
        const items = valids.map((valid, i) => (valid ? activity({ id: `a${i}` }) : { id: `a${i}` }));
        const lines = decode(items.map((item) => JSON.stringify(item)).join("\n")).summary;
        const page = decode(JSON.stringify({ data: items, has_more: false })).summary;
        expect(page.validRows).toBe(lines.validRows);
        expect(page.invalidRows).toBe(lines.invalidRows);
        expect(page.validRows).toBe(valids.filter(Boolean).length);
      }),
      { numRuns: 100 },
    );
  });
});
