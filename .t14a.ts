import { readFileSync } from "node:fs";
import { extractPage } from "./lib/search/extract";
const r = extractPage(readFileSync(process.argv[2]!, "utf8"));
console.log(r.title, r.sections.length);
for (const s of r.sections) console.log(`#${s.id} [${s.heading}] ${s.text.length}: ${s.text.slice(0, Number(process.argv[3] ?? 300))}`);
