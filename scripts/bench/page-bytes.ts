import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startedBy } from "../../lib/export/start-after-paint";

/** A page's bytes, read from the export so the figures are exact and repeatable. */
export type PageBytes = {
  /** Script files the page loads. */
  scriptFiles: number;
  /** Those files' code, gzip-compressed: the framework, React and the page's own components. */
  scriptGzip: number;
  /** The HTML document as built, and gzip-compressed as a host sends it. */
  htmlRaw: number;
  htmlGzip: number;
  /**
   * The inline scripts' bodies, almost all of it the serialized React tree Next.js embeds for hydration.
   * It travels inside the HTML and grows with the page's text, not with its code, so it is reported apart.
   */
  inlineRaw: number;
  inlineGzip: number;
  /**
   * The same React tree when the build moved it out of the HTML (lib/export): a file fetched after the
   * first paint, which the page needs to become interactive but not to be read.
   */
  payloadRaw: number;
  payloadGzip: number;
};

/** The bytes of the page at `pagePath` ("/check/") in the export in `outDir`. */
export function pageBytes(outDir: string, pagePath: string): PageBytes {
  const html = readFileSync(join(outDir, pagePath, "index.html"));
  const text = html.toString("utf8");
  // `noModule` scripts are legacy polyfills that modern browsers skip, so they are not counted.
  // The scripts the page names: its own tags, and those its starter adds after the first paint.
  const started = startedBy(text);
  const sources = new Set([
    ...[...text.matchAll(/<script([^>]*)\ssrc="([^"]+)"[^>]*>/g)]
      .filter((m) => !/nomodule/i.test(m[0]))
      .map((m) => m[2]!),
    ...started.scripts,
  ]);
  let scriptGzip = 0;
  for (const src of sources) scriptGzip += gzipSync(readFileSync(join(outDir, stripBasePath(src)))).length;
  const inline = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("");
  return {
    scriptFiles: sources.size,
    scriptGzip,
    htmlRaw: html.length,
    htmlGzip: gzipSync(html).length,
    inlineRaw: Buffer.byteLength(inline),
    inlineGzip: inline ? gzipSync(inline).length : 0,
    ...payloadBytes(started.payload ? join(outDir, pagePath, "index.txt") : null),
  };
}

/** The page's payload file, which sits beside its index.html (lib/export/optimize-pages.ts). */
function payloadBytes(path: string | null): Pick<PageBytes, "payloadRaw" | "payloadGzip"> {
  if (!path) return { payloadRaw: 0, payloadGzip: 0 };
  const file = readFileSync(path);
  return { payloadRaw: file.length, payloadGzip: gzipSync(file).length };
}

/** Script addresses carry the edition's base path ("/privacy/ai/_next/…"); the files sit under `_next/`. */
function stripBasePath(src: string): string {
  const index = src.indexOf("/_next/");
  return index >= 0 ? src.slice(index) : src;
}
