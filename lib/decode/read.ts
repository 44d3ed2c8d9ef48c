/**
 * Feeds a file's bytes, or a pasted text, through a decode session in chunks, reporting progress. Used
 * by the Web Worker; free of DOM and React so tests can drive it with any stream.
 */
import { createDecodeSession, type DecodeResult } from "./session";
import type { KnownTypes } from "./summary";

/** What the page sends the worker. Type names are lists because Sets are not worth cloning. */
export type DecodeRequest =
  | { kind: "file"; file: Blob; known: Record<keyof KnownTypes, string[]> }
  | { kind: "text"; text: string; known: Record<keyof KnownTypes, string[]> };

/** What the worker sends back. */
export type DecodeMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; result: DecodeResult }
  | { kind: "failed"; message: string };

export type Progress = (done: number, total: number) => void;

const TEXT_CHUNK = 1 << 20;

const knownSets = (known: Record<keyof KnownTypes, string[]>): KnownTypes => ({
  "audit-log": new Set(known["audit-log"]),
  "activity-feed": new Set(known["activity-feed"]),
});

/** Reads a stream of bytes as UTF-8 (a multi-byte character split across chunks is decoded whole). */
export async function decodeBytes(
  stream: ReadableStream<Uint8Array>,
  total: number,
  known: KnownTypes,
  onProgress: Progress,
): Promise<DecodeResult> {
  const session = createDecodeSession(known);
  const decoder = new TextDecoder("utf-8");
  const reader = stream.getReader();
  let done = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    done += next.value.byteLength;
    session.push(decoder.decode(next.value, { stream: true }));
    onProgress(done, total);
  }
  session.push(decoder.decode());
  return session.end();
}

/** Reads pasted text in slices of a million characters, so progress moves and memory stays flat. */
export function decodeText(text: string, known: KnownTypes, onProgress: Progress): DecodeResult {
  const session = createDecodeSession(known);
  for (let start = 0; start < text.length; start += TEXT_CHUNK) {
    session.push(text.slice(start, start + TEXT_CHUNK));
    onProgress(Math.min(start + TEXT_CHUNK, text.length), text.length);
  }
  return session.end();
}

/** Handles one request end to end; every message goes through `post`. Never throws. */
export async function handleRequest(request: DecodeRequest, post: (message: DecodeMessage) => void): Promise<void> {
  let last = 0;
  const progress: Progress = (done, total) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    post({ kind: "progress", done, total });
  };
  try {
    const known = knownSets(request.known);
    const result =
      request.kind === "file"
        ? await decodeBytes(request.file.stream(), request.file.size, known, progress)
        : decodeText(request.text, known, progress);
    post({ kind: "done", result });
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : "The file could not be read." });
  }
}
