import { describe, expect, it } from "vitest";
import { decodeBytes, decodeText, handleRequest, type DecodeMessage } from "./read";
import { sample } from "./test-support";

describe("decodeBytes", () => {
  it("decodes UTF-8 split across chunks and reports bytes read", async () => {
    const bytes = new TextEncoder().encode(sample("audit-log-example.csv").replace("landlord", "Vermieter ä€"));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const progress: number[] = [];
    const { summary } = await decodeBytes(stream, bytes.length, (done) => progress.push(done));
    expect(summary.validRows).toBe(15);
    expect(summary.highlights.find((h) => h.kind === "renamed")?.value).toContain("Vermieter ä€");
    expect(progress.at(-1)).toBe(bytes.length);
  });
});

describe("decodeText", () => {
  it("reads pasted text", () => {
    expect(decodeText(sample("activity-feed-example.jsonl"), () => {}).summary.validRows).toBe(8);
  });
});

describe("handleRequest", () => {
  it("posts progress and then the result", async () => {
    const messages: DecodeMessage[] = [];
    await handleRequest({ kind: "text", text: sample("audit-log-example.csv") }, (m) => messages.push(m));
    expect(messages.map((m) => m.kind)).toEqual(["progress", "done"]);
  });

  it("posts a failure instead of throwing", async () => {
    const messages: DecodeMessage[] = [];
    const broken = {
      stream: () => {
        throw new Error("unreadable");
      },
      size: 1,
    } as unknown as Blob;
    await handleRequest({ kind: "file", file: broken }, (m) => messages.push(m));
    expect(messages).toEqual([{ kind: "failed", message: "unreadable" }]);
  });
});
