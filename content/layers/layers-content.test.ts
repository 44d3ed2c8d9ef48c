import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sitePages } from "@/content/site";
import { glossary } from "@/lib/content/glossary";
import { layerIds, layerMetaSchema, layerPath } from "@/lib/layer-meta";
import { citedClaimIds, termIds } from "@/lib/mdx-text";
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

/** The `meta` object literal of an MDX file, evaluated as the build would see it. */
function metaOf(source: string): unknown {
  const block = /^export const meta = (\{[\s\S]*?\n\});?$/m.exec(source)?.[1];
  if (!block) throw new Error("no `export const meta = {…};` block");
  return new Function(`return (${block});`)();
}

const claimIds = new Set(model.claims.map((claim) => claim.id));

describe.each(layerIds)("explainer %s", (id) => {
  const source = read(`content/layers/${id}.mdx`);

  it("has valid metadata", () => {
    expect(layerMetaSchema.safeParse(metaOf(source)).success).toBe(true);
  });

  it("cites at least one claim, and only claims that exist", () => {
    const cited = citedClaimIds(source);
    expect(cited.length).toBeGreaterThan(0);
    for (const claim of cited) expect(claimIds.has(claim), `${id} cites missing claim "${claim}"`).toBe(true);
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
