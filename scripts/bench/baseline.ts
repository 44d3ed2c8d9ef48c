import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { run } from "./run";

/**
 * Builds an empty Next.js page with this project's Next version and the same export settings, so that
 * each page's JavaScript can be reported as a ratio to what Next itself ships.
 */
export function buildBaseline(dir = ".bench/baseline"): string {
  const root = resolve(dir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "app"), { recursive: true });
  writeFileSync(join(root, "package.json"), JSON.stringify({ private: true, type: "module" }));
  writeFileSync(
    join(root, "next.config.mjs"),
    // The project root is the build root, so the baseline resolves the very same `next` package.
    `export default { output: "export", trailingSlash: true, turbopack: { root: ${JSON.stringify(resolve("."))} } };\n`,
  );
  writeFileSync(
    join(root, "app/layout.jsx"),
    `export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(join(root, "app/page.jsx"), `export default function Page() { return <h1>Empty</h1>; }\n`);
  run("npx", ["next", "build", root]);
  return join(root, "out");
}
