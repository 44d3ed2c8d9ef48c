import { readFileSync } from "node:fs";
import { parse } from "parse5";
const html = readFileSync(process.argv[2]!, "utf8");
const doc = parse(html);
const walk = (n: any, d: number) => {
  for (const c of n.childNodes ?? []) {
    if (!c.tagName) { if (c.nodeName === "#text" && c.value.trim() && d < 14) console.log("  ".repeat(d) + JSON.stringify(c.value.trim().slice(0, 70))); continue; }
    if (c.tagName === "script" || c.tagName === "style" || c.tagName==="svg") continue;
    const attrs = c.attrs.filter((a: any) => ["id","class","aria-hidden","hidden","role","href","data-no-search","aria-haspopup"].includes(a.name)).map((a: any) => `${a.name}=${a.name==="class"?a.value.slice(0,40):a.value}`).join(" ");
    if (d < 14) console.log("  ".repeat(d) + `<${c.tagName} ${attrs}>`);
    walk(c, d + 1);
  }
};
walk(doc, 0);
