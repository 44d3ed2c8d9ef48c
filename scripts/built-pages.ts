import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const outDir = process.env.OUT_DIR ?? "out";

/**
 * Every page the build emitted, as a URL path ("/", "/privacy/"), found by walking `out/`,
 * so a new page is covered by the quality suite without editing a test.
 */
export function builtPages(root = outDir): string[] {
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(`No built site in ${root}/: run "npm run build" before the end-to-end tests.`);
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      // `_next/` holds assets; `_not-found/` and `404/` duplicate 404.html, which is checked at a missing path.
      if (name.startsWith("_") || (dir === root && name === "404")) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "index.html") {
        const folder = relative(root, dir).split(sep).filter(Boolean).join("/");
        pages.push(folder ? `/${folder}/` : "/");
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** A path that matches no page, so the server answers with the site's 404 page. */
export const missingPagePath = "/this-page-does-not-exist/";
