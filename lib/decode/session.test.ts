import { describe, expect, it } from "vitest";
import { activity, csvRow, decode, header, sample } from "./test-support";

describe("createDecodeSession", () => {
  describe("audit-log CSV", () => {
    it("reads the example file", () => {
      const { detection, summary } = decode(sample("audit-log-example.csv"), 100);
      expect(detection).toEqual({ kind: "audit-csv" });
      expect(summary).toMatchObject({ rowsRead: 15, validRows: 15, invalidRows: 0 });
      expect(summary.highlightCounts).toEqual({ renamed: 2, deleted: 1, export: 1, "new-ip": 1, "new-device": 1 });
    });

    it("lists malformed rows with reasons and still counts the valid ones", () => {
      const { summary } = decode(sample("audit-log-malformed-example.csv"));
      expect(summary).toMatchObject({ rowsRead: 7, validRows: 3, invalidRows: 4 });
      expect(summary.errors.map((e) => e.row)).toEqual([3, 5, 6, 8]);
      expect(summary.errors[0]).toMatchObject({ reason: "created_at is not a date and time" });
    });

    it("mixes valid and invalid rows in any order", () => {
      const text = [header, csvRow(), csvRow({ at: "bad" }), csvRow({ event: "has space" }), csvRow()].join("\n");
      expect(decode(text).summary).toMatchObject({ rowsRead: 4, validRows: 2, invalidRows: 2 });
    });

    it("keeps events of any type, counted like the rest", () => {
      const { summary } = decode([header, csvRow({ event: "brand_new_event" }), csvRow()].join("\n"));
      expect(summary.types).toContainEqual({ source: "audit-log", type: "brand_new_event", count: 1 });
    });

    it("skips a huge single row with a clear error and reads the rest", () => {
      const huge = csvRow({ info: "x".repeat(5000) });
      const { summary } = decode([header, huge, csvRow()].join("\n"), 512, 1000);
      expect(summary).toMatchObject({ validRows: 1, invalidRows: 1 });
      expect(summary.errors[0]?.reason).toMatch(/longer than 1,000 characters/);
    });

    it("keeps only the first errors in full, and counts the rest", () => {
      const rows = Array.from({ length: 50 }, () => csvRow({ at: "bad" }));
      const { summary } = decode([header, ...rows].join("\n"));
      expect(summary.invalidRows).toBe(50);
      expect(summary.errors).toHaveLength(20);
      expect(summary.errorReasons).toEqual([{ reason: "created_at is not a date and time", count: 50 }]);
    });
  });

  describe("Activity Feed JSON", () => {
    it("reads the example response", () => {
      const { detection, summary } = decode(sample("activity-feed-example.json"), 64);
      expect(detection).toEqual({ kind: "activity-json" });
      expect(summary).toMatchObject({ rowsRead: 12, validRows: 12, responses: 1, hasMore: false });
      expect(summary.access.preservationsWithoutAccess.map((e) => e.resourceId)).toEqual(["msg_example_0003"]);
    });

    it("reads several responses and counts invalid activities", () => {
      const page = (items: unknown[], more: boolean) =>
        JSON.stringify({ data: items, has_more: more, first_id: null, last_id: null });
      const text = `${page([activity(), { id: "no type" }], true)}\n${page([activity({ id: "2" }), "text"], false)}`;
      const { summary } = decode(text, 10);
      expect(summary).toMatchObject({ rowsRead: 4, validRows: 2, invalidRows: 2, responses: 2, hasMore: false });
    });

    it("keeps the activities before a break in the JSON", () => {
      const text = `{"data": [${JSON.stringify(activity())}, ${JSON.stringify(activity()).slice(0, 30)}`;
      const { summary } = decode(text);
      expect(summary.validRows).toBe(1);
      expect(summary.fatal).toMatch(/cut short/);
    });
  });

  describe("Activity Feed JSON Lines", () => {
    it("reads the example file", () => {
      const { detection, summary } = decode(sample("activity-feed-example.jsonl"), 33);
      expect(detection).toEqual({ kind: "activity-jsonl" });
      expect(summary).toMatchObject({ rowsRead: 8, validRows: 8, invalidRows: 0 });
      expect(summary.types.find((t) => t.type === "example_unlisted_activity")).toMatchObject({ count: 1 });
    });

    it("reports lines that are not JSON or not activities", () => {
      const text = [
        JSON.stringify(activity()),
        "{not json",
        JSON.stringify({ id: "x" }),
        JSON.stringify(activity()),
      ].join("\n");
      const { summary } = decode(text);
      expect(summary).toMatchObject({ rowsRead: 4, validRows: 2, invalidRows: 2 });
      expect(summary.errors.map((e) => e.row)).toEqual([2, 3]);
      expect(summary.errors[0]?.reason).toMatch(/is not valid JSON/);
    });

    it("skips a huge single line", () => {
      const text = [JSON.stringify(activity({ note: "y".repeat(3000) })), JSON.stringify(activity())].join("\n");
      expect(decode(text, 100, 1000).summary).toMatchObject({ validRows: 1, invalidRows: 1 });
    });
  });

  describe("files it does not read", () => {
    it("says an empty file is empty", () => {
      expect(decode("").detection).toEqual({ kind: "empty" });
      expect(decode("").summary.rowsRead).toBe(0);
    });

    it("names a file of the wrong kind and reads nothing", () => {
      const { detection, summary } = decode("name,email\nAlice,alice@example.com\n");
      expect(detection.kind).toBe("unknown");
      expect(summary.rowsRead).toBe(0);
    });
  });
});
