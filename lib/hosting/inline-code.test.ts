import { describe, expect, it } from "vitest";
import { inlineCode, sha256Source } from "./inline-code";

// Expected hashes computed apart from this code: printf '<text>' | openssl dgst -sha256 -binary | base64
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";
const TWO_LINES_HASH = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='"; // "a\nb"
const ROOT_STYLE = ":root{--c:#fff}";
const ROOT_STYLE_HASH = "'sha256-nRtJqD6eyxamdKF8AZ7G98f1eVqGF//DEbuzSidbR2M='";

const page = (head: string, body = "") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("sha256Source", () => {
  it("gives the CSP source expression of a script's text", () => {
    expect(sha256Source(HELLO)).toBe(HELLO_HASH);
  });

  it("hashes the UTF-8 bytes of the text", () => {
    expect(sha256Source("é")).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
  });
});

describe("inlineCode", () => {
  it("finds an inline script's text exactly, and skips scripts with src", () => {
    const code = inlineCode(page(`<script>${HELLO}</script><script src="/a.js"></script>`));
    expect(code.scripts).toEqual([HELLO]);
    expect(code.scripts.map(sha256Source)).toEqual([HELLO_HASH]);
  });

  it("finds inline styles, in the head and in the body", () => {
    const code = inlineCode(page(`<style>${ROOT_STYLE}</style>`, "<style>p{}</style>"));
    expect(code.styles).toEqual([ROOT_STYLE, "p{}"]);
    expect(sha256Source(code.styles[0]!)).toBe(ROOT_STYLE_HASH);
  });

  it("keeps the text raw: entities are not decoded inside a script", () => {
    expect(inlineCode(page("<script>a &amp;&amp; b</script>")).scripts).toEqual(["a &amp;&amp; b"]);
  });

  it("turns CRLF into LF, as the browser does before hashing", () => {
    const code = inlineCode(page("<script>a\r\nb</script>"));
    expect(code.scripts.map(sha256Source)).toEqual([TWO_LINES_HASH]);
  });

  it("is not fooled by a script tag inside a comment, or a '>' inside an attribute", () => {
    const code = inlineCode(page(`<!-- <script>not code</script> --><script data-x="a>b">${HELLO}</script>`));
    expect(code.scripts).toEqual([HELLO]);
  });

  it("counts JSON data scripts, which a policy may allow harmlessly", () => {
    expect(inlineCode(page('<script type="application/ld+json">{"a":1}</script>')).scripts).toEqual(['{"a":1}']);
  });

  it("lists each text once", () => {
    expect(inlineCode(page(`<script>${HELLO}</script><script>${HELLO}</script>`)).scripts).toEqual([HELLO]);
  });

  it("finds styles inside <noscript>, which apply when JavaScript is off", () => {
    expect(inlineCode(page("<noscript><style>.js-only{display:none}</style></noscript>")).styles).toEqual([
      ".js-only{display:none}",
    ]);
  });

  it("finds SVG script and style elements", () => {
    const code = inlineCode(page("", "<svg><style>rect{}</style><script>x()</script></svg>"));
    expect(code.styles).toEqual(["rect{}"]);
    expect(code.scripts).toEqual(["x()"]);
  });

  it("names the inline code no hash can allow", () => {
    const code = inlineCode(
      page("", '<div style="width:2%"></div><button onclick="go()">Go</button><a href="javascript:void 0">x</a>'),
    );
    expect(code.blockedAttributes).toEqual([
      'style attribute on <div>: style="width:2%"',
      "event handler on <button>: onclick",
      "javascript: URL on <a>: href",
    ]);
  });

  it("finds nothing to allow in a page without inline code", () => {
    expect(inlineCode(page('<link rel="stylesheet" href="/a.css">', "<p>Text</p>"))).toEqual({
      scripts: [],
      styles: [],
      blockedAttributes: [],
    });
  });
});
