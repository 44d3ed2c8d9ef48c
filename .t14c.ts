import { readFileSync } from "node:fs";
import { createSiteSearch } from "./lib/search/engine";
const s = createSiteSearch(JSON.parse(readFileSync(process.env.IDX ?? "out/data/search-index.json", "utf8")), 6);
for (const q of process.argv.slice(2)) {
  const t = performance.now();
  const r = s.search(q);
  console.log(`\n== ${q} (${r.everyWord ? "all" : "some"}, ${(performance.now() - t).toFixed(1)} ms)`);
  for (const h of r.hits) console.log(`  ${h.score.toFixed(1)} ${h.href} [${h.page} › ${h.heading}] ${h.snippet.map((p) => (p.hit ? `**${p.text}**` : p.text)).join("")}`);
}
