import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { onboardingColumns } from "@/lib/content/one-pager";
import { presets } from "@/lib/content/presets";
import { groupCells } from "@/lib/check/group-cells";
import { evaluate } from "@/lib/engine/evaluate";
import { claimById, sourceById } from "@/lib/model/lookups";
import type { Report } from "@/lib/model/report-schema";
import { ReportView } from "./report-view";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const children = (node: Node) => ("childNodes" in node ? node.childNodes : []);

function elements(node: Node): Element[] {
  return children(node).flatMap((child) => ("tagName" in child ? [child, ...elements(child)] : elements(child)));
}

function text(node: Node): string {
  return "value" in node && node.nodeName === "#text"
    ? node.value
    : children(node)
        .map((child) => text(child))
        .join("");
}

/** The entries of a numbered list, in order. */
const entries = (list: Element) =>
  elements(list).filter((element) => element.tagName === "li" && attribute(element, "id")?.startsWith("report-claim-"));

/** The report as the ready-made pages serve it, parsed. */
function rendered(report: Report) {
  const root = parse(renderToStaticMarkup(createElement(ReportView, { report })));
  const all = elements(root);
  const byId = (id: string) => all.find((element) => attribute(element, "id") === id);
  return { all, byId };
}

const reports = [
  ...presets.map((preset) => ({ name: `ready-made report ${preset.id}`, report: evaluate(preset.situation) })),
  ...onboardingColumns(undefined).map((column) => ({
    name: `onboarding report ${column.plan}`,
    report: column.report,
  })),
];

describe("ReportView", () => {
  for (const { name, report } of reports) {
    describe(name, () => {
      const { all, byId } = rendered(report);
      const list = byId("report-sources");
      const section = all.find((element) => element.tagName === "section" && elements(element).includes(list!));

      it("has unique anchors", () => {
        const ids = all.map((element) => attribute(element, "id")).filter(Boolean);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it("lists every claim a verdict cites once, with all its quotes, pages and review date", () => {
        expect(section).toBeDefined();
        const cited = new Set(report.cells.flatMap((cell) => cell.claims));
        expect(entries(section!).map((entry) => attribute(entry, "id"))).toEqual(
          [...cited].map((id) => expect.stringMatching(new RegExp(`^report-claim-${id}$`))),
        );
        for (const id of cited) {
          const entry = byId(`report-claim-${id}`)!;
          const claim = claimById(id);
          const words = text(entry);
          expect(words).toContain(claim.statement);
          for (const citation of claim.citations) {
            expect(words).toContain(`\u201c${citation.quote}\u201d`);
            expect(words).toContain(sourceById(citation.source).title);
          }
          expect(words).toMatch(/Last reviewed /);
          // Outside a build, Next's links drop the trailing slash the export adds.
          const about = elements(entry).map((link) => attribute(link, "href"));
          expect(about).toContainEqual(expect.stringMatching(new RegExp(`^/sources/[a-z-]+/?#claim-${id}$`)));
        }
      });

      it("says each quote once, in the sources, and leads every verdict's claims there", () => {
        expect(all.filter((element) => element.tagName === "blockquote")).toHaveLength(
          [...new Set(report.cells.flatMap((cell) => cell.claims))].flatMap((id) => claimById(id).citations).length,
        );
        for (const group of [...groupCells(report).values()].flat()) {
          const details = byId(group.anchor)!;
          const links = elements(details).filter((element) => attribute(element, "href")?.startsWith("#report-claim-"));
          expect(links.map((link) => attribute(link, "href"))).toEqual(
            group.cell.claims.map((id) => `#report-claim-${id}`),
          );
          for (const [index, link] of links.entries()) {
            const id = group.cell.claims[index]!;
            const number = entries(section!).findIndex((entry) => attribute(entry, "id") === `report-claim-${id}`) + 1;
            expect(text(link)).toBe(`${claimById(id).statement} (source ${number})`);
            expect(elements(section!)).toContain(byId(attribute(link, "href")!.slice(1)));
          }
        }
      });
    });
  }
});
