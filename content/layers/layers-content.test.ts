import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { widgetClaims } from "@/content/layers/widgets";
import { sitePages } from "@/content/site";
import { glossary } from "@/lib/content/glossary";
import { layerFacts, layerIds, layerMeta, layerSource } from "@/lib/content/layers";
import { termIds } from "@/lib/layers/mdx-text";
import { layerPath } from "@/lib/layers/paths";
import { model } from "@/lib/model/model";

const root = process.cwd();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Every MDX file under content/, so a term used on any page is checked. */
function mdxFiles(dir = "content"): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? mdxFiles(path.join(dir, entry.name))
      : entry.name.endsWith(".mdx")
        ? [path.join(dir, entry.name)]
        : [],
  );
}

const claimIds = new Set(model.claims.map((claim) => claim.id));

describe.each(layerIds)("explainer %s", (id) => {
  const source = layerSource(id);

  it("has valid metadata", () => {
    expect(() => layerMeta(id)).not.toThrow();
  });

  it("cites at least one claim, and only claims that exist, its widgets' included", () => {
    const cited = layerFacts(id).claims;
    expect(cited.length).toBeGreaterThan(0);
    for (const claim of cited) expect(claimIds.has(claim), `${id} cites missing claim "${claim}"`).toBe(true);
  });

  it("lists among its sources every claim of each widget it places", () => {
    const cited = new Set(layerFacts(id).claims);
    for (const [widget, claims] of Object.entries(widgetClaims)) {
      if (!new RegExp(`<${widget}\\b`).test(source)) continue;
      for (const claim of claims) expect(cited, `${id}: ${widget} cites "${claim}"`).toContain(claim);
    }
  });

  it("has an in-short box, a what-this-means box and a misconception", () => {
    expect(source).toContain("<InShort>");
    expect(source).toContain("<ForYou>");
    expect(source).toMatch(/<Misconception belief="[^"]+">/);
  });

  it("is listed among the site's pages, so the sitemap includes it", () => {
    expect(sitePages.map((page) => page.href)).toContain(layerPath(id));
  });
});

describe("glossary terms used in MDX", () => {
  it("all exist in the glossary", () => {
    const known = new Set(glossary.map((entry) => entry.id));
    const files = mdxFiles();
    expect(files.length).toBeGreaterThanOrEqual(layerIds.length);
    for (const file of files) {
      for (const term of termIds(read(file))) expect(known.has(term), `${file} uses unknown term "${term}"`).toBe(true);
    }
  });
});
