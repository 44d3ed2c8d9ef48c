import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inlineComponentBreaks } from "@/lib/layers/mdx-flow";

/** Every MDX file under content/. */
function mdxFiles(dir = "content"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? mdxFiles(path.join(dir, entry.name))
      : entry.name.endsWith(".mdx")
        ? [path.join(dir, entry.name)]
        : [],
  );
}

describe.each(mdxFiles())("%s", (file) => {
  it("never cuts a sentence at a glossary term or a citation", () => {
    expect(inlineComponentBreaks(readFileSync(file, "utf8"))).toEqual([]);
  });
});
