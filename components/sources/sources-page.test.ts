import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import SourcesPage from "@/app/(site)/sources/page";
import { claimsBySource, model } from "@/lib/model/model";
import { claimPath, sourcePath } from "@/lib/site/claim-path";
import { sourcesPartPath, sourcesParts } from "@/lib/site/sources-parts";
import { quoteRuns } from "./claim-entry";
import { SourcesPartPage } from "./sources-part-page";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => "tagName" in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function elements(node: Node): Element[] {
  if (!("childNodes" in node)) return [];
  return node.childNodes.flatMap((child) => (isElement(child) ? [child, ...elements(child)] : []));
}

function text(node: Node): string {
  if (node.nodeName === "#text" && "value" in node) return node.value;
  return "childNodes" in node ? node.childNodes.map(text).join("") : "";
}

const collapse = (value: string) => value.replace(/\s+/g, " ").trim();

const overview = renderToStaticMarkup(createElement(SourcesPage));
const parts = sourcesParts.map((part) => {
  const html = renderToStaticMarkup(createElement(SourcesPartPage, { slug: part.slug }));
  return { path: sourcesPartPath(part.slug), html, all: elements(parse(html)) };
});
const byId = new Map(parts.flatMap((page) => page.all.flatMap((el) => (attr(el, "id") ? [[attr(el, "id"), el]] : []))));

function headingLevelsAreSound(html: string) {
  const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1);
  });
}

describe("SourcesPage (the overview)", () => {
  it("has exactly one h1 and never skips a heading level", () => headingLevelsAreSound(overview));

  it("lists every source, linking to its section on its part page", () => {
    for (const source of model.sources) expect(overview).toContain(`href="${sourcePath(source.id)}"`);
  });

  it("links each disputed claim to its full entry", () => {
    for (const claim of model.claims.filter((candidate) => candidate.dispute))
      expect(overview).toContain(`href="${claimPath(claim.id)}"`);
  });

  it("holds no claim entry of its own, only the method and the index", () => {
    expect(overview).not.toMatch(/id="claim-/);
    expect(overview).not.toContain("<blockquote");
  });

  it('explains what "possible" means and that an unknown is never a no', () => {
    expect(overview).toContain("What “possible” means");
    expect(overview).toContain("An unknown setting is never treated as “no”");
  });
});

describe("SourcesPartPage", () => {
  it.each(parts)("$path has exactly one h1, never skips a heading level and has unique ids", ({ html, all }) => {
    headingLevelsAreSound(html);
    const ids = all.flatMap((el) => attr(el, "id") ?? []);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every claim exactly one full entry across the parts, on the page its path names", () => {
    for (const claim of model.claims) {
      const entries = parts.filter((page) => page.all.some((el) => attr(el, "id") === `claim-${claim.id}`));
      expect(
        entries.map((page) => page.path),
        claim.id,
      ).toEqual([claimPath(claim.id).split("#")[0]]);
    }
  });

  it("shows every citation of every claim in its entry: each quote, in order, and the source it is from", () => {
    for (const claim of model.claims) {
      const entry = byId.get(`claim-${claim.id}`)!;
      const quotes = elements(entry).filter((el) => el.tagName === "blockquote");
      expect(
        quotes.map((quote) => collapse(text(quote))),
        claim.id,
      ).toEqual(claim.citations.map((citation) => collapse(citation.quote.replaceAll("`", ""))));
      claim.citations.forEach((citation, index) => {
        // The quote's figure ends with the attribution of its source (quotes in a row from one source share it).
        const figure = elements(entry).find((el) => el.tagName === "figure" && elements(el).includes(quotes[index]!))!;
        const caption = elements(figure).find((el) => el.tagName === "figcaption")!;
        const sourceLink = elements(caption).find((el) => el.tagName === "a");
        expect(attr(sourceLink!, "href"), claim.id).toMatch(new RegExp(`#source-${citation.source}$`));
      });
      expect(collapse(text(entry))).toContain(claim.statement);
      if (claim.dispute) expect(collapse(text(entry))).toContain(claim.dispute.resolution);
    }
  });

  it("lists under every source each claim that quotes it, in full or as a link to its entry", () => {
    const bySource = claimsBySource(model);
    for (const source of model.sources) {
      const section = byId.get(`source-${source.id}`);
      expect(section, source.id).toBeDefined();
      const inside = elements(section!);
      for (const claim of bySource.get(source.id) ?? []) {
        const listed = inside.some(
          (el) => attr(el, "id") === `claim-${claim.id}` || attr(el, "href")?.endsWith(`#claim-${claim.id}`),
        );
        expect(listed, `${source.id} → ${claim.id}`).toBe(true);
      }
    }
  });

  it("links only to anchors that exist, on this page or another part", () => {
    for (const page of parts) {
      for (const el of page.all) {
        const href = attr(el, "href");
        if (!href?.includes("#")) continue;
        const [path, anchor] = href.split("#");
        if (path)
          expect(
            parts.map((other) => other.path),
            href,
          ).toContain(path);
        const target = parts.find((other) => other.path === (path || page.path))!;
        expect(
          target.all.some((candidate) => attr(candidate, "id") === anchor),
          href,
        ).toBe(true);
      }
    }
  });

  it("labels third-party sources and shows disputed claims as such", () => {
    expect(parts.find((page) => page.path === "/sources/third-party/")?.html).toContain("Third-party");
    expect(parts.map((page) => page.html).join("")).toContain("Disputed");
  });
});

describe("quoteRuns", () => {
  it("keeps every quote in order, joining only neighbours from the same source", () => {
    const citations = [
      { source: "a", quote: "one" },
      { source: "a", quote: "two" },
      { source: "b", quote: "three" },
      { source: "a", quote: "four" },
    ];
    expect(quoteRuns(citations)).toEqual([
      { source: "a", quotes: ["one", "two"] },
      { source: "b", quotes: ["three"] },
      { source: "a", quotes: ["four"] },
    ]);
  });
});
