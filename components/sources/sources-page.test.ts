import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import SourcesPage from "@/app/(site)/sources/page";
import { model } from "@/lib/model/model";

const html = renderToStaticMarkup(createElement(SourcesPage));

describe("SourcesPage", () => {
  it("has exactly one h1 and never skips a heading level", () => {
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
  });

  it("gives every source and every claim a unique anchor", () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of model.sources) expect(ids).toContain(`source-${source.id}`);
    for (const claim of model.claims) expect(ids).toContain(`claim-${claim.id}`);
  });

  it("links every source to its address and labels third-party sources", () => {
    for (const source of model.sources) expect(html).toContain(`href="${source.url.replaceAll("&", "&amp;")}"`);
    expect(html).toContain("Third-party");
  });

  it("shows disputed claims as such, with the site's resolution", () => {
    for (const claim of model.claims.filter((candidate) => candidate.dispute)) {
      expect(html).toContain(claim.dispute?.resolution.replaceAll('"', "&quot;").replaceAll("'", "&#x27;"));
    }
    expect(html).toContain("Disputed");
  });

  it('explains what "possible" means and that an unknown is never a no', () => {
    expect(html).toContain("What “possible” means");
    expect(html).toContain("An unknown setting is never treated as “no”");
  });
});
