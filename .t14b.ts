import { buildSearchIndex } from "./lib/search/build-index";
const idx = buildSearchIndex("out");
const json = JSON.stringify(idx);
console.log("bytes", json.length, "pages", idx.pages.length, "sections", idx.pages.reduce((n, p) => n + p.sections.length, 0));
for (const p of idx.pages) console.log(p.path, p.title, p.sections.length, p.sections.reduce((n, s) => n + s.text.length, 0));
