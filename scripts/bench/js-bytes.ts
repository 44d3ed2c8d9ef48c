import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Client JavaScript a page runs, gzip-compressed: every `<script src>` plus inline
 * scripts, read from the export rather than the network so that the figure is exact and repeatable.
 */
export function pageJsBytes(outDir: string, pagePath: string): { files: number; gzipBytes: number } {
  const htmlFile = join(outDir, pagePath, pagePath.endsWith("/") ? "index.html" : "");
  const html = readFileSync(htmlFile, "utf8");
  let gzipBytes = 0;
  // `noModule` scripts are legacy polyfills that modern browsers skip, so they are not counted.
  const sources = new Set(
    [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[2]!),
  );
  for (const src of sources) gzipBytes += gzipSync(readFileSync(join(outDir, stripBasePath(src)))).length;
  // Inline scripts (mostly the page's serialized React tree) travel inside the HTML, compressed together.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("");
  if (inline) gzipBytes += gzipSync(inline).length;
  return { files: sources.size, gzipBytes };
}

function stripBasePath(src: string): string {
  const index = src.indexOf("/_next/");
  return index >= 0 ? src.slice(index) : src;
}
