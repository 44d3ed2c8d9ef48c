import { describe, expect, it } from "vitest";
import { createCsvReader } from "./csv";

function read(text: string, chunk = text.length || 1, max?: number) {
  const rows: [string[], number][] = [];
  const bad: [number, string][] = [];
  const reader = createCsvReader({ onRow: (f, l) => rows.push([f, l]), onBadRow: (l, r) => bad.push([l, r]) }, max);
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.end();
  return { rows, bad };
}

describe("createCsvReader", () => {
  it("splits plain rows and reports the line each starts on", () => {
    expect(read("a,b\nc,d\n").rows).toEqual([
      [["a", "b"], 1],
      [["c", "d"], 2],
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const { rows } = read('x,"a, ""b""\nc",y\nnext,row');
    expect(rows).toEqual([
      [["x", 'a, "b"\nc', "y"], 1],
      [["next", "row"], 3],
    ]);
  });

  it("handles CRLF line endings and skips blank lines", () => {
    expect(read('a,"b"\r\n\r\nc,d\r\n').rows).toEqual([
      [["a", "b"], 1],
      [["c", "d"], 3],
    ]);
  });

  it("gives the same rows whatever the chunk size", () => {
    const text = 'h1,h2\n"q,""x""",2\nplain,"multi\nline"\r\nlast,row';
    const whole = read(text).rows;
    for (let size = 1; size < text.length; size++) expect(read(text, size).rows).toEqual(whole);
  });

  it("skips a row longer than the limit with a reason, and goes on", () => {
    const { rows, bad } = read(`a,b\n${"x".repeat(500)},y\nc,d\n`, 7, 100);
    expect(rows.map(([f]) => f)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(bad).toEqual([[2, "is longer than 100 characters, so it was skipped"]]);
  });

  it("reports a quoted field that never closes", () => {
    expect(read('a,b\nc,"open\nmore').bad).toEqual([[2, "has a quoted field that is never closed"]]);
  });

  it("reads a last row without a line break", () => {
    expect(read("a,b\nc,").rows.at(-1)).toEqual([["c", ""], 2]);
  });
});
