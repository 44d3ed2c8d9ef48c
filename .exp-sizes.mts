import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { builtPages } from "/work/main/scripts/built-pages";
import { scriptsStartedBy } from "/work/wt15d/lib/export/start-after-paint";
const root = process.argv[2] ?? "out";
const filter = process.argv[3];
const jsOf = (r: string, html: string) => { const srcs = new Set([...scriptsStartedBy(html), ...[...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[2]!)]); let b = 0; for (const s of srcs) b += gzipSync(readFileSync(join(r, s.slice(s.indexOf("/_next/"))))).length; return b; };
const base = jsOf("/work/main/.bench/baseline/out", readFileSync("/work/main/.bench/baseline/out/index.html", "utf8"));
for (const p of builtPages(root)) {
  if (filter && !p.match(filter)) continue;
  const html = readFileSync(join(root, p, "index.html"));
  const inline = [...html.toString().matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const js = jsOf(root, html.toString());
  console.log([p.padEnd(44), (html.length / 1024).toFixed(0).padStart(5) + "K", (gzipSync(html).length / 1024).toFixed(1).padStart(6) + "Kgz", "inline", (inline.length / 1024).toFixed(0).padStart(4) + "K", "js", (js / 1024).toFixed(1) + "K", (js / base).toFixed(2) + "x"].join(" "));
}
