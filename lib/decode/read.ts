/**
 * Feeds a file's bytes, or a pasted text, through a decode session in chunks, reporting progress. Used
 * by the Web Worker; free of DOM and React so tests can drive it with any stream.
 */
import { createDecodeSession, type DecodeResult } from "./session";

/** What the page sends the worker. */
export type DecodeRequest = { kind: "file"; file: Blob } | { kind: "text"; text: string };

/** What the worker sends back. */
export type DecodeMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; result: DecodeResult }
  | { kind: "failed"; message: string };

export type Progress = (done: number, total: number) => void;

const TEXT_CHUNK = 1 << 20;

/** Reads a stream of bytes as UTF-8 (a multi-byte character split across chunks is decoded whole). */
export async function decodeBytes(
  stream: ReadableStream<Uint8Array>,
  total: number,
  onProgress: Progress,
): Promise<DecodeResult> {
  const session = createDecodeSession();
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
export function decodeText(text: string, onProgress: Progress): DecodeResult {
  const session = createDecodeSession();
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
    const result =
      request.kind === "file"
        ? await decodeBytes(request.file.stream(), request.file.size, progress)
        : decodeText(request.text, progress);
    post({ kind: "done", result });
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : "The file could not be read." });
  }
}
