import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** A page's client JavaScript, gzip-compressed, read from the export so the figures are exact and repeatable. */
export type PageJs = {
  /** Script files the page loads. */
  files: number;
  /** Those files' code: the framework, React and the page's own components. */
  scriptBytes: number;
  /**
   * Inline scripts, almost all of it the serialized React tree Next.js embeds for hydration. It grows
   * with the page's text, not with its code, so it is reported apart from the code.
   */
  inlineBytes: number;
};

export function pageJsBytes(outDir: string, pagePath: string): PageJs {
  const html = readFileSync(join(outDir, pagePath, "index.html"), "utf8");
  // `noModule` scripts are legacy polyfills that modern browsers skip, so they are not counted.
  const sources = new Set(
    [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[2]!),
  );
  let scriptBytes = 0;
  for (const src of sources) scriptBytes += gzipSync(readFileSync(join(outDir, stripBasePath(src)))).length;
  // Inline scripts travel inside the HTML, compressed together.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("");
  return { files: sources.size, scriptBytes, inlineBytes: inline ? gzipSync(inline).length : 0 };
}

function stripBasePath(src: string): string {
  const index = src.indexOf("/_next/");
  return index >= 0 ? src.slice(index) : src;
}
