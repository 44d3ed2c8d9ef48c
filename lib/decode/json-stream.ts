/**
 * A streaming reader for Activity Feed JSON: one response `{"data": [...], "has_more", "first_id",
 * "last_id"}`, several responses one after another or in an array, or bare activities. It scans the text
 * once, tracking only strings and brackets, and hands out each activity's text separately, so a 100 MB
 * response is never parsed, or held, as one string. Each activity is then parsed on its own, so one bad
 * activity spoils only itself.
 */

import { wholeNumber } from "@/lib/site/whole-number";

export type JsonStreamCallbacks = {
  /** The text of one activity, numbered from 1 in the order found. */
  onRecord: (text: string, item: number) => void;
  /** The response's own fields, with its `data` array emptied: `{"data":[],"has_more":false,...}`. */
  onEnvelope: (text: string) => void;
  onBadRecord: (item: number, reason: string, excerpt: string) => void;
  /** The text stops being JSON; nothing after this point is read. */
  onFatal: (reason: string) => void;
};

export type JsonStreamReader = { push: (chunk: string) => void; end: () => void };

type Role = "candidate" | "rootArray" | "data" | "item" | "other";
type Frame = {
  brace: boolean;
  role: Role;
  expectingKey: boolean;
  key: string;
  envelope: boolean;
  valueStarted: boolean;
};
type Capture = {
  active: boolean;
  paused: boolean;
  start: number;
  parts: string[];
  length: number;
  excerpt: string | null;
};

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;

/** Starts a reader; call `push` with each chunk of text and `end` once at the end. */
export function createJsonStreamReader(callbacks: JsonStreamCallbacks, maxRecordChars = 1_000_000): JsonStreamReader {
  const stack: Frame[] = [];
  let inString = false;
  let escaped = false;
  let keyStart = -1;
  let keyParts: string[] = [];
  let item = 0;
  let offset = 0;
  let fatal = false;
  const candidate: Capture = { active: false, paused: false, start: -1, parts: [], length: 0, excerpt: null };
  const record: Capture = { active: false, paused: false, start: -1, parts: [], length: 0, excerpt: null };

  const add = (capture: Capture, text: string) => {
    if (capture.excerpt !== null) return;
    capture.length += text.length;
    if (capture.length > maxRecordChars) {
      capture.excerpt = (capture.parts.join("") + text).slice(0, 300);
      capture.parts = [];
      return;
    }
    capture.parts.push(text);
  };
  const begin = (capture: Capture, index: number) => {
    Object.assign(capture, { active: true, paused: false, start: index, parts: [], length: 0, excerpt: null });
  };
  const finish = (capture: Capture, chunk: string, index: number): { text: string } | { excerpt: string } => {
    add(capture, chunk.slice(capture.start, index + 1));
    capture.active = false;
    return capture.excerpt !== null ? { excerpt: capture.excerpt } : { text: capture.parts.join("") };
  };
  const emitRecord = (result: { text: string } | { excerpt: string }) => {
    item += 1;
    if ("text" in result) callbacks.onRecord(result.text, item);
    else
      callbacks.onBadRecord(
        item,
        `is longer than ${wholeNumber(maxRecordChars)} characters, so it was skipped`,
        result.excerpt,
      );
  };
  const stop = (reason: string) => {
    fatal = true;
    callbacks.onFatal(reason);
  };

  const open = (chunk: string, index: number, brace: boolean) => {
    const parent = stack.at(-1);
    let role: Role = "other";
    if (!parent) {
      role = brace ? "candidate" : "rootArray";
    } else if (parent.role === "rootArray") {
      role = brace ? "candidate" : "other";
      if (!brace) callbacks.onBadRecord(++item, "is an array, not an activity", "[");
    } else if (parent.role === "candidate" && !brace && parent.key === "data" && !parent.expectingKey) {
      role = "data";
      parent.envelope = true;
      // Keep `[` in the response's own text, then leave the activities out of it.
      add(candidate, chunk.slice(candidate.start, index + 1));
      candidate.paused = true;
    } else if (parent.role === "data") {
      role = "item";
      parent.valueStarted = true;
    }
    if (role === "candidate") begin(candidate, index);
    if (role === "item") begin(record, index);
    stack.push({ brace, role, expectingKey: brace, key: "", envelope: false, valueStarted: false });
  };

  const close = (chunk: string, index: number, brace: boolean) => {
    const frame = stack.pop();
    if (!frame || frame.brace !== brace) {
      stop(
        `The JSON is broken at character ${wholeNumber(offset + index + 1)}: a bracket closes that was never opened.`,
      );
      return;
    }
    if (frame.role === "item") emitRecord(finish(record, chunk, index));
    else if (frame.role === "data") {
      candidate.paused = false;
      candidate.start = index;
    } else if (frame.role === "candidate") {
      const result = finish(candidate, chunk, index);
      if (frame.envelope) {
        if ("text" in result) callbacks.onEnvelope(result.text);
      } else emitRecord(result);
    }
  };

  const push = (chunk: string) => {
    if (fatal) return;
    if (candidate.active && !candidate.paused) candidate.start = 0;
    if (record.active) record.start = 0;
    if (keyStart !== -1) keyStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) {
          inString = false;
          if (keyStart !== -1) {
            const frame = stack.at(-1)!;
            frame.key = (keyParts.join("") + chunk.slice(keyStart, i)).slice(0, 200);
            frame.expectingKey = false;
            keyStart = -1;
            keyParts = [];
          }
        }
        continue;
      }
      if (code <= 32) continue;
      const frame = stack.at(-1);
      if (code === QUOTE) {
        inString = true;
        if (frame?.brace && frame.expectingKey) keyStart = i + 1;
        else scalar(frame, chunk, i);
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) open(chunk, i, code === OPEN_BRACE);
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) close(chunk, i, code === CLOSE_BRACE);
      else if (code === COMMA) {
        if (frame?.brace) frame.expectingKey = true;
        else if (frame) frame.valueStarted = false;
      } else if (code !== COLON) scalar(frame, chunk, i);
      if (fatal) return;
    }
    if (candidate.active && !candidate.paused) add(candidate, chunk.slice(candidate.start));
    if (record.active) add(record, chunk.slice(record.start));
    if (keyStart !== -1) keyParts.push(chunk.slice(keyStart));
    offset += chunk.length;
  };

  /** A value that is not an object or array: fine inside an activity, wrong where an activity should be. */
  const scalar = (frame: Frame | undefined, chunk: string, index: number) => {
    if (!frame) {
      stop(`The text is not Activity Feed JSON: character ${wholeNumber(offset + index + 1)} is outside any object.`);
    } else if ((frame.role === "data" || frame.role === "rootArray") && !frame.valueStarted) {
      frame.valueStarted = true;
      callbacks.onBadRecord(++item, "is not an object, so it cannot be an activity", chunk.slice(index, index + 40));
    }
  };

  const end = () => {
    if (fatal) return;
    if (inString || stack.length > 0) {
      const open = stack.filter((frame) => frame.role === "item" || frame.role === "candidate").length;
      stop(
        `The file ends in the middle of the JSON${open > 0 ? ", so its last activity is incomplete" : ""}: it may have been cut short.`,
      );
    }
  };

  return { push, end };
}
