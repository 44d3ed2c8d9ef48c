import { describe, expect, it } from "vitest";
import { createLineReader } from "./lines";

function read(text: string, chunk: number, max?: number) {
  const lines: [string, number][] = [];
  const bad: [number, string][] = [];
  const reader = createLineReader({ onLine: (t, l) => lines.push([t, l]), onBadLine: (l, r) => bad.push([l, r]) }, max);
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.end();
  return { lines, bad };
}

describe("createLineReader", () => {
  it("gives each non-blank line with its number, across chunks", () => {
    expect(read('{"a":1}\r\n\n{"b":2}', 3).lines).toEqual([
      ['{"a":1}', 1],
      ['{"b":2}', 3],
    ]);
  });

  it("skips a line longer than the limit and keeps the next", () => {
    const { lines, bad } = read(`${"x".repeat(50)}\nok\n`, 4, 10);
    expect(lines).toEqual([["ok", 2]]);
    expect(bad).toEqual([[1, "is longer than 10 characters, so it was skipped"]]);
  });
});
