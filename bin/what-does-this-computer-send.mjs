#!/usr/bin/env node
// The package's command, `what-does-this-computer-send`. It runs the self-contained bundle that
// `npm run computer:build` writes (`npm pack` and `npm publish` build it first), so it needs Node 20 and
// nothing else. In a clone without that bundle, `npm run computer` runs the same command from source.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/computer/what-does-this-computer-send.mjs", import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  process.stderr.write(
    "This copy has no built command yet. In a clone, run `npm run computer`, or `npm run computer:build` and then this again.\n",
  );
  process.exitCode = 1;
}
