/**
 * `--from DIR`: pages saved by hand instead of fetched. A page is looked for under its snapshot folder's
 * name with an extension that says what it is:
 *
 *     DIR/support.claude.com/en/articles/9970975-access-audit-logs.html   (HTML, as saved by a browser)
 *     DIR/platform.claude.com/docs/en/manage-claude/cmek.md               (Markdown or text, kept as is)
 *
 * `.html`/`.htm` are read as HTML, `.md`/`.markdown` as Markdown and `.txt` as plain text.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Fetched } from "./http";

export const savedExtensions = {
  ".html": "text/html",
  ".htm": "text/html",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".txt": "text/plain",
} as const;

/** The saved copy of a page, read like a fetched one, with its file name; its address stays the official one. */
export function readSavedPage(dir: string, page: string, url: string, maxBytes: number): Fetched & { file?: string } {
  for (const [extension, contentType] of Object.entries(savedExtensions)) {
    const file = join(dir, `${page}${extension}`);
    if (!existsSync(file)) continue;
    if (statSync(file).size > maxBytes)
      return { kind: "failed", cause: "too-large", reason: `${page}${extension} is larger than ${maxBytes} bytes` };
    return { kind: "ok", finalUrl: url, contentType, body: readFileSync(file, "utf8"), file: `${page}${extension}` };
  }
  const extensions = Object.keys(savedExtensions).join(", ");
  return { kind: "failed", cause: "missing", reason: `no saved copy in ${dir} (${page} with ${extensions})` };
}
