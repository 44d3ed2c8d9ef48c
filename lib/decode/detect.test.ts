import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect";
import { header } from "./test-support";

describe("detectFormat", () => {
  it("finds an audit-log CSV by its nine columns, in any order and with a byte-order mark", () => {
    expect(detectFormat(`${header}\n`, true)).toEqual({ kind: "audit-csv" });
    expect(detectFormat(`\uFEFF${header.split(",").reverse().join(",")}\n`, true)).toEqual({ kind: "audit-csv" });
  });

  it("names the missing columns of a CSV that is not an audit log", () => {
    const result = detectFormat("created_at,event\n", true);
    expect(result.kind).toBe("unknown");
    expect("reason" in result && result.reason).toMatch(/lacks actor_info, event_info/);
  });

  it("tells JSON Lines from a response", () => {
    expect(detectFormat('{"id":"a","type":"x"}\n{"id":"b"}', true)).toEqual({ kind: "activity-jsonl" });
    expect(detectFormat('{"data":[],"has_more":false}\n', true)).toEqual({ kind: "activity-json" });
    expect(detectFormat('{\n  "data": []\n}', true)).toEqual({ kind: "activity-json" });
    expect(detectFormat("[{}]", true)).toEqual({ kind: "activity-json" });
  });

  it("treats a first line longer than the sample as JSON, not JSON Lines", () => {
    expect(detectFormat('{"data": [{"id": "a"', false)).toEqual({ kind: "activity-json" });
  });

  it("recognises empty, ZIP, binary and other text", () => {
    expect(detectFormat(" \n\t", true)).toEqual({ kind: "empty" });
    expect(detectFormat("PK\u0003\u0004rest", false)).toMatchObject({ kind: "unknown", reason: /ZIP/ });
    expect(detectFormat("\u0000\u0001abc", false)).toMatchObject({ kind: "unknown", reason: /binary/ });
    expect(detectFormat("name,email\n", true)).toMatchObject({ kind: "unknown", reason: /columns name, email/ });
    expect(detectFormat("hello", true)).toMatchObject({ kind: "unknown", reason: /neither/ });
  });
});
