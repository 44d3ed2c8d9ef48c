import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { run } from "./run";

/**
 * Builds an empty Next.js page with this project's Next version and the same export settings, so that each
 * page can be measured beside what Next itself ships. With `reuse`, an earlier build made with the same Next
 * version is kept.
 */
export function ensureBaseline({ reuse }: { reuse: boolean }, dir = ".bench/baseline"): string {
  const root = resolve(dir);
  const out = join(root, "out");
  const stamp = join(root, "next-version");
  const nextVersion = (JSON.parse(readFileSync("node_modules/next/package.json", "utf8")) as { version: string })
    .version;
  if (reuse && existsSync(join(out, "index.html")) && existsSync(stamp) && readFileSync(stamp, "utf8") === nextVersion)
    return out;
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
  writeFileSync(stamp, nextVersion);
  return out;
}
