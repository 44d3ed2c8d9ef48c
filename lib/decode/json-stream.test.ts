import { describe, expect, it } from "vitest";
import { createJsonStreamReader } from "./json-stream";

function read(text: string, chunk = text.length || 1, max?: number) {
  const records: [unknown, number][] = [];
  const envelopes: unknown[] = [];
  const bad: [number, string][] = [];
  const fatal: string[] = [];
  const reader = createJsonStreamReader(
    {
      onRecord: (t, i) => records.push([JSON.parse(t), i]),
      onEnvelope: (t) => envelopes.push(JSON.parse(t)),
      onBadRecord: (i, r) => bad.push([i, r]),
      onFatal: (r) => fatal.push(r),
    },
    max,
  );
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.end();
  return { records, envelopes, bad, fatal };
}

describe("createJsonStreamReader", () => {
  it("hands out each activity of a response, and the response without them", () => {
    const text = '{"has_more": true, "data": [{"id": "a", "x": {"y": [1, "]"]}}, {"id": "b"}], "last_id": "b"}';
    const { records, envelopes } = read(text);
    expect(records).toEqual([
      [{ id: "a", x: { y: [1, "]"] } }, 1],
      [{ id: "b" }, 2],
    ]);
    expect(envelopes).toEqual([{ has_more: true, data: [], last_id: "b" }]);
  });

  it("reads several responses, one after another or in an array", () => {
    expect(read('{"data":[{"id":1}]}\n{"data":[{"id":2}]}').records).toHaveLength(2);
    expect(read('[{"data":[{"id":1}]},{"data":[{"id":2},{"id":3}]}]').records).toHaveLength(3);
  });

  it("reads bare activities, one after another or in an array", () => {
    expect(read('{"id":1}\n{"id":2}').records.map(([r]) => r)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(read('[{"id":1},{"id":2}]').records).toHaveLength(2);
  });

  it("gives the same result whatever the chunk size, escapes included", () => {
    const text = '{"data": [{"id": "a\\"}", "k": "\\\\"}, {"id": "b"}], "has_more": false}';
    const whole = read(text);
    for (let size = 1; size < text.length; size++) expect(read(text, size)).toEqual(whole);
  });

  it("counts items that are not objects", () => {
    expect(read('{"data": [1, "two", {"id": 3}]}').bad.map(([i]) => i)).toEqual([1, 2]);
  });

  it("skips an activity longer than the limit", () => {
    const { records, bad } = read(`{"data": [{"id": "${"x".repeat(200)}"}, {"id": "ok"}]}`, 16, 100);
    expect(records).toEqual([[{ id: "ok" }, 2]]);
    expect(bad[0]?.[1]).toMatch(/longer than 100 characters/);
  });

  it("stops at a bracket that does not match, keeping what came before", () => {
    const { records, fatal } = read('{"data": [{"id": 1}, {"id": 2]]}');
    expect(records).toHaveLength(1);
    expect(fatal[0]).toMatch(/bracket closes that was never opened/);
  });

  it("says when the file ends in the middle", () => {
    const { records, fatal } = read('{"data": [{"id": 1}, {"id": 2');
    expect(records).toHaveLength(1);
    expect(fatal[0]).toMatch(/cut short/);
  });

  it("stops at text outside any object", () => {
    expect(read("hello").fatal[0]).toMatch(/not Activity Feed JSON/);
  });
});
