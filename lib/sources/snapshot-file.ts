/**
 * One stored copy of an official page, as a file: a short header in an HTML comment, then the page's
 * text exactly as captured. The header carries the page's address, the capture date, what kind of copy
 * it is and a SHA-256 of the text, so a changed byte is caught and a refresh can tell new text from old.
 *
 *     <!-- snapshot
 *     url: https://platform.claude.com/docs/en/manage-claude/cmek
 *     captured: 2026-08-22
 *     coverage: full
 *     sha256: 3f…
 *     origin: A public crawl of Anthropic's documentation; the text last changed there on 2026-08-22.
 *     -->
 *     …the page's text…
 *
 * Optional header lines: `gone: <passage>` (repeatable; an excerpt names text the newer page no longer
 * has, when only part of the newer page could be read).
 */
import { createHash } from "node:crypto";
import { z } from "zod";

/** "full": the whole page. "excerpt": part of it; it can confirm a quote but not prove one is gone. */
export const coverages = ["full", "excerpt"] as const;

export const snapshotHeaderSchema = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    captured: z.iso.date(),
    coverage: z.enum(coverages),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 is 64 lower-case hex digits"),
    origin: z.string().min(1),
    gone: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;
export type Snapshot = SnapshotHeader & { text: string };

const opening = "<!-- snapshot\n";
const closing = "\n-->\n";

/** SHA-256 of a text's UTF-8 bytes, in hex. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The file for a snapshot; the hash is computed from the text, never taken on trust. */
export function formatSnapshot(snapshot: Omit<Snapshot, "sha256">): string {
  const lines = [
    `url: ${snapshot.url}`,
    `captured: ${snapshot.captured}`,
    `coverage: ${snapshot.coverage}`,
    `sha256: ${sha256(snapshot.text)}`,
    `origin: ${snapshot.origin.replace(/\s+/g, " ").trim()}`,
    ...snapshot.gone.map((passage) => `gone: ${passage.replace(/\s+/g, " ").trim()}`),
  ];
  return `${opening}${lines.join("\n")}${closing}${snapshot.text}`;
}

export class SnapshotFileError extends Error {}

/** Reads a snapshot file; throws a message naming the file and the problem when it is malformed or altered. */
export function parseSnapshot(content: string, file: string): Snapshot {
  const fail = (problem: string): never => {
    throw new SnapshotFileError(`${file}: ${problem}`);
  };
  if (!content.startsWith(opening)) fail(`must start with "<!-- snapshot" on its own line`);
  const end = content.indexOf(closing, opening.length - 1);
  if (end < 0) fail(`the header has no closing "-->" line`);
  const fields: Record<string, string | string[]> = { gone: [] };
  for (const line of content.slice(opening.length, end).split("\n")) {
    const match = /^([a-z0-9]+): (.*)$/.exec(line);
    if (!match) fail(`header line "${line}" is not "name: value"`);
    const [, name, value] = match as RegExpExecArray & [string, string, string];
    if (name === "gone") (fields.gone as string[]).push(value);
    else if (name in fields) fail(`header names "${name}" twice`);
    else fields[name] = value;
  }
  const header = snapshotHeaderSchema.safeParse(fields);
  if (!header.success)
    fail(header.error.issues.map((issue) => `${issue.path.join(".") || "header"}: ${issue.message}`).join("; "));
  const text = content.slice(end + closing.length);
  const actual = sha256(text);
  if (header.data!.sha256 !== actual)
    fail(
      `the text's SHA-256 is ${actual}, but the header says ${header.data!.sha256}: the text was changed after capture`,
    );
  return { ...header.data!, text };
}

/** The page a URL names, as the folder its snapshots live in: host and path, without a trailing slash. */
export function pageKeyOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}${parsed.pathname.replace(/\/+$/, "")}`;
}

/** Where a snapshot of a page captured on a date is stored, relative to the snapshots folder. */
export function snapshotPath(url: string, captured: string): string {
  return `${pageKeyOf(url)}/${captured}.md`;
}
