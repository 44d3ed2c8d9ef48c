import { readFileSync } from "node:fs";
import { inlineComponentBreaks } from "./lib/mdx-flow";
for (const f of process.argv.slice(2)) { const p = inlineComponentBreaks(readFileSync(f, "utf8")); console.log(f, p.length); for (const x of p) console.log("  " + x); }
