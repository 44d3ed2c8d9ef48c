import { describe, expect, it } from "vitest";
import { extractPage, visibleText } from "./extract";
import { parse } from "parse5";

const page = (main: string) => `<!DOCTYPE html><html><head><title>Audit logs · Site</title></head><body>
<a href="#main">Skip to main content</a>
<header><a href="/">Site</a><nav><ul><li><a href="/search/">Search</a></li></ul></nav></header>
<main id="main">${main}</main>
<footer>Made with care</footer></body></html>`;

describe("extractPage", () => {
  it("keeps glossary terms in their sentence and decodes entities", () => {
    const { sections } = extractPage(
      page(`<h1>Audit logs</h1><p>With <a aria-haspopup="dialog" href="/glossary/#term-at">Access Transparency</a>,
      each view is logged in the organization&rsquo;s <a href="/glossary/#term-feed">Activity Feed</a>.</p>`),
    );
    expect(sections).toEqual([
      {
        id: "",
        heading: "",
        text: "With Access Transparency, each view is logged in the organization’s Activity Feed.",
      },
    ]);
  });

  it("takes the title from the main heading, and leaves out the header, navigation and footer", () => {
    const { title, sections } = extractPage(page("<h1>Audit logs</h1><p>Events.</p>"));
    expect(title).toBe("Audit logs");
    const text = sections.map((section) => section.text).join(" ");
    expect(text).toBe("Events.");
  });

  it("opens the top of the page with the page's description", () => {
    const html = page("<h1>Incognito chats</h1><p>Last verified today.</p>").replace(
      "</title>",
      '</title><meta name="description" content="Hidden from your history, not from your organization.">',
    );
    expect(extractPage(html).sections[0]!.text).toBe(
      "Hidden from your history, not from your organization. Last verified today.",
    );
  });

  it("falls back on the document title when the page has no main heading", () => {
    expect(extractPage(page("<p>Events.</p>")).title).toBe("Audit logs · Site");
  });

  it("starts a section at each heading with an id, so results can link to it", () => {
    const { sections } = extractPage(
      page(`<h1>Audit logs</h1><p>Intro.</p>
      <h2 id="who-can-read-it">Who can read it</h2><p>Owners.</p><h3>Not linkable</h3><p>Still here.</p>
      <h2 id="every-event">Every event</h2><ul><li>conversation_renamed</li><li>file_deleted</li></ul>`),
    );
    expect(sections).toEqual([
      { id: "", heading: "", text: "Intro." },
      { id: "who-can-read-it", heading: "Who can read it", text: "Owners. Not linkable Still here." },
      { id: "every-event", heading: "Every event", text: "conversation_renamed file_deleted" },
    ]);
  });

  it("makes a container with an id a section of its own, titled by its first heading, term or summary", () => {
    const { sections } = extractPage(
      page(`<h1>Glossary</h1><p>Plain words.</p><dl>
      <div id="term-owner"><dt>Owner</dt><dd>A role below the Primary Owner.</dd></div>
      <div id="term-sso"><dt>single sign-on</dt><dd>Signing in through the employer.</dd></div></dl>
      <p>After the list.</p>`),
    );
    expect(sections).toEqual([
      { id: "", heading: "", text: "Plain words. After the list." },
      { id: "term-owner", heading: "Owner", text: "A role below the Primary Owner." },
      { id: "term-sso", heading: "single sign-on", text: "Signing in through the employer." },
    ]);
  });

  it("leaves out what is hidden, marked for no search, a control's label or a script", () => {
    const { sections } = extractPage(
      page(`<h1>T</h1><p>Seen.<span data-no-search="">Sources: [1]</span></p>
      <p hidden>Hidden.</p><p aria-hidden="true">Decoration.</p><button type="button">Copy link</button>
      <span class="hidden print:inline">(http://localhost:3000/)</span><span class="hidden sm:inline">Wide only.</span>
      <script>self.__next_f.push([1, "{}"])</script><noscript>Turn on JavaScript.</noscript>`),
    );
    expect(sections[0]!.text).toBe("Seen. Wide only.");
  });

  it("ignores ids React generates, which no link uses", () => {
    const { sections } = extractPage(page(`<h1>T</h1><div id="_R_1_"><p>Form.</p></div>`));
    expect(sections).toEqual([{ id: "", heading: "", text: "Form." }]);
  });
});

describe("visibleText", () => {
  it("keeps an inline run together and sets blocks and side-by-side elements apart", () => {
    const fragment = parse(
      "<div><p>Owner<a>s</a> can</p><p>export.</p><summary><span>Yes</span><span>You</span></summary></div>",
    );
    expect(visibleText(fragment)).toBe("Owners can export. Yes You");
  });
});
