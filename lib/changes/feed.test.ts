import { DOMParser, onWarningStopParsing } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { describeChange, type Lookups } from "./describe";
import { ATOM_NAMESPACE, XHTML_NAMESPACE, atomFeed, type FeedOptions } from "./feed";
import { fixtureChange } from "./fixtures";

const site = "https://docs.example.org/privacy/ai";
const options: FeedOptions = {
  title: "What changed",
  subtitle: "Changes in what the site says.",
  author: "What can my employer see?",
  absolute: (path) => `${site}${path}`,
  emptyUpdated: "2026-11-02",
};
const lookups: Lookups = {
  claim: (id) => ({ statement: `Statement of ${id}`, path: `/sources/help-center/#claim-${id}` }),
  source: (id) => ({
    title: `Page ${id}`,
    url: `https://support.claude.com/en/articles/${id}`,
    kind: "official",
    path: `/sources/help-center/#source-${id}`,
  }),
  layerTitle: (id) => `Layer ${id}`,
};
const changes = [
  fixtureChange({ id: "newer", date: "2026-08-14", recorded: "2026-08-20" }),
  fixtureChange({ id: "older", date: "2026-07-08", recorded: "2026-08-21" }),
].map((change) => describeChange(change, lookups));

/** Parses strictly: any warning or error from the parser fails the test. */
function parse(xml: string) {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml");
}

type Doc = ReturnType<typeof parse>;
type Node = ReturnType<Doc["getElementsByTagNameNS"]>[number];

const atom = (parent: Doc | Node, name: string) => Array.from(parent.getElementsByTagNameNS(ATOM_NAMESPACE, name));
/** The text of the element's direct Atom child `name`, which must be there exactly once. */
function childText(parent: Node, name: string): string {
  const children = atom(parent, name).filter((child) => child.parentNode === parent);
  expect(children, `<${parent.localName}> has one <${name}>`).toHaveLength(1);
  return children[0]!.textContent ?? "";
}
const linkOf = (parent: Node, rel: string) =>
  atom(parent, "link").find((link) => link.parentNode === parent && link.getAttribute("rel") === rel);

describe("atomFeed", () => {
  const xml = atomFeed(changes, options);
  const doc = parse(xml);
  const feed = doc.documentElement!;

  it("is well-formed XML whose root is an Atom feed", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(feed.localName).toBe("feed");
    expect(feed.namespaceURI).toBe(ATOM_NAMESPACE);
  });

  it("has the feed's id, title, updated, author and its two links", () => {
    expect(childText(feed, "id")).toBe(`${site}/changes/`);
    expect(childText(feed, "title")).toBe("What changed");
    // The newest entry by the day the site recorded it.
    expect(childText(feed, "updated")).toBe("2026-08-21T00:00:00Z");
    const author = atom(feed, "author").find((element) => element.parentNode === feed)!;
    expect(childText(author, "name")).toBe("What can my employer see?");
    expect(linkOf(feed, "self")?.getAttribute("href")).toBe(`${site}/changes/feed.xml`);
    expect(linkOf(feed, "self")?.getAttribute("type")).toBe("application/atom+xml");
    expect(linkOf(feed, "alternate")?.getAttribute("href")).toBe(`${site}/changes/`);
  });

  it("has one entry per change, in the order given, each with the elements Atom requires", () => {
    const entries = atom(feed, "entry");
    expect(entries).toHaveLength(2);
    entries.forEach((entry, index) => {
      const change = changes[index]!;
      expect(childText(entry, "id")).toBe(`${site}/changes/#${change.id}`);
      expect(childText(entry, "title")).toBe(change.title);
      expect(childText(entry, "updated")).toBe(`${change.recorded}T00:00:00Z`);
      expect(childText(entry, "summary")).toBe(change.summary);
      expect(linkOf(entry, "alternate")?.getAttribute("href")).toBe(`${site}/changes/#${change.id}`);
      const content = atom(entry, "content")[0]!;
      expect(content.getAttribute("type")).toBe("xhtml");
      const div = Array.from(content.getElementsByTagNameNS(XHTML_NAMESPACE, "div"))[0];
      expect(div?.parentNode).toBe(content);
    });
  });

  it("says when only a day by which the page had changed is known", () => {
    const undated = describeChange(
      fixtureChange({ id: "undated", date: "2026-11-29", dateIs: "no-later-than", recorded: "2026-11-29" }),
      lookups,
    );
    const text = atom(parse(atomFeed([undated], options)), "content")[0]!.textContent ?? "";
    expect(text).toContain("The change was on Anthropic's page by 29 November 2026 (the exact day is not known)");
  });

  it("uses RFC 3339 date-times", () => {
    for (const updated of atom(feed, "updated")) expect(updated.textContent).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
  });

  it("says in the content what moved, and links the claims, sources and explainers", () => {
    const text = atom(feed, "content")[0]!.textContent ?? "";
    expect(text).toContain(
      "The change was first seen on Anthropic's page on 14 August 2026; this site recorded the change on 20 August 2026.",
    );
    expect(text).toContain("Owners, Chat content (Enterprise plan): was no, now yes, when the Compliance API is on.");
    const hrefs = Array.from(atom(feed, "content")[0]!.getElementsByTagNameNS(XHTML_NAMESPACE, "a")).map((a) =>
      a.getAttribute("href"),
    );
    expect(hrefs).toEqual([
      `${site}/sources/help-center/#claim-owner-keys`,
      "https://support.claude.com/en/articles/compliance-api",
      `${site}/sources/help-center/#source-compliance-api`,
      `${site}/layers/exports-and-compliance-api/`,
    ]);
  });

  it("makes every link in the document absolute", () => {
    const hrefs = Array.from(doc.getElementsByTagName("*"))
      .map((element) => element.getAttribute("href"))
      .filter((href): href is string => href !== null);
    expect(hrefs.length).toBeGreaterThan(8);
    for (const href of hrefs) expect(new URL(href).protocol, href).toBe("https:");
  });

  it("escapes & and < in titles, summaries, statements and addresses", () => {
    const tricky = describeChange(
      fixtureChange({ title: "Owners & Admins <b>now</b>", summary: 'Keys "for tools" & <people>' }),
      {
        ...lookups,
        source: () => ({ title: "A & B", url: "https://claude.com/x?a=1&b=<2>", kind: "official", path: "/sources/" }),
      },
    );
    const written = atomFeed([tricky], options);
    expect(written).toContain("Owners &amp; Admins &lt;b&gt;now&lt;/b&gt;");
    expect(written).toContain('href="https://claude.com/x?a=1&amp;b=&lt;2&gt;"');
    // Every "&" starts an entity reference, as XML requires.
    expect(written).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/);
    const entry = atom(parse(written), "entry")[0]!;
    expect(childText(entry, "title")).toBe("Owners & Admins <b>now</b>");
    expect(childText(entry, "summary")).toBe('Keys "for tools" & <people>');
    const links = Array.from(entry.getElementsByTagNameNS(XHTML_NAMESPACE, "a"));
    expect(links.map((a) => a.getAttribute("href"))).toContain("https://claude.com/x?a=1&b=<2>");
  });

  it("drops characters XML cannot carry", () => {
    const odd = describeChange(fixtureChange({ title: "Bell\u0007 and form feed\u000C" }), lookups);
    expect(childText(atom(parse(atomFeed([odd], options)), "entry")[0]!, "title")).toBe("Bell and form feed");
  });

  it("is still a valid feed with no entry, dated by the fallback", () => {
    const empty = parse(atomFeed([], options)).documentElement!;
    expect(atom(empty, "entry")).toHaveLength(0);
    expect(childText(empty, "updated")).toBe("2026-11-02T00:00:00Z");
    expect(childText(empty, "id")).toBe(`${site}/changes/`);
  });
});
