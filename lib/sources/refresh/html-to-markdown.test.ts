import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";

const page = (body: string) =>
  `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>${body}</body></html>`;

describe("htmlToMarkdown", () => {
  it("takes the main element and writes it as Markdown", () => {
    const { text } = htmlToMarkdown(
      page(
        `<header>Site</header><main><h1>Audit logs</h1><p>Kept for <strong>180 days</strong>.</p><ul><li>One</li></ul></main><footer>F</footer>`,
      ),
      "https://docs.example.test/en/a",
    );
    expect(text).toBe("# Audit logs\n\nKept for **180 days**.\n\n- One\n");
  });

  it("falls back to the article, then to the body without its header, footer and asides", () => {
    expect(htmlToMarkdown(page(`<div>Menu</div><article><p>Body text</p></article>`), "https://x.test/").text).toBe(
      "Body text\n",
    );
    expect(
      htmlToMarkdown(
        page(`<header>Logo</header><aside>Related</aside><div><p>Only this</p></div><footer>F</footer>`),
        "https://x.test/",
      ).text,
    ).toBe("Only this\n");
  });

  it("drops scripts, navigation and hidden parts inside the content", () => {
    const { text } = htmlToMarkdown(
      page(
        `<main><nav>Breadcrumbs</nav><script>track()</script><p hidden>Secret</p><span aria-hidden="true">#</span><p>Shown</p></main>`,
      ),
      "https://x.test/",
    );
    expect(text).toBe("Shown\n");
  });

  it("keeps the space a line break makes after a link or code span, and line breaks in code blocks", () => {
    const { text } = htmlToMarkdown(
      page(
        `<main><p>Index at <a href="/llms.txt">llms.txt</a>\nUse <code>a</code>\nnext</p><pre><code>one\ntwo</code></pre></main>`,
      ),
      "https://x.test/",
    );
    expect(text).toBe("Index at [llms.txt](/llms.txt) Use `a` next\n\n```\none\ntwo\n```\n");
  });

  it("keeps tables", () => {
    const { text } = htmlToMarkdown(
      page(
        `<main><table><tr><th>Event</th></tr><tr><td>user_signed_in</td></tr><tr><td>one<br>two</td></tr></table></main>`,
      ),
      "https://x.test/",
    );
    expect(text).toContain("one two");
    expect(text).toContain("| Event");
    expect(text).toContain("user\\_signed\\_in");
  });

  it("lists the content's links, resolved against the page's address", () => {
    const { links } = htmlToMarkdown(
      page(
        `<nav><a href="/nav">Nav</a></nav><main><p><a href="../b">Custom  retention</a> <a href="https://other.test/x">X</a> <a>none</a></p></main>`,
      ),
      "https://docs.example.test/en/a",
    );
    expect(links).toEqual([
      { url: "https://docs.example.test/b", text: "Custom retention" },
      { url: "https://other.test/x", text: "X" },
    ]);
  });

  it("gives empty text for a page with no body content", () => {
    expect(htmlToMarkdown(page(""), "https://x.test/").text.trim()).toBe("");
  });
});
