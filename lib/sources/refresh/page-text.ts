/**
 * What a fetched or saved page says, as text: HTML is turned into Markdown (see html-to-markdown.ts);
 * a page served as Markdown or plain text, or a `.md` address, is kept as it is.
 */
import { htmlToMarkdown, type PageLink } from "./html-to-markdown";

/** How a body is read, from its content type and address; "unsupported" for images, PDFs and the like. */
export type BodyKind = "html" | "text" | "unsupported";

/** The media type without parameters, lower-cased: "text/html; charset=utf-8" → "text/html". */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

export function bodyKind(contentType: string | null | undefined, url: string): BodyKind {
  const type = mediaType(contentType);
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (["text/markdown", "text/x-markdown", "text/plain"].includes(type)) return "text";
  const markdownUrl = /\.md$/i.test(new URL(url).pathname);
  if (markdownUrl && (type === "" || type === "application/octet-stream" || type.startsWith("text/"))) return "text";
  return "unsupported";
}

/** Markdown links `[text](address)` in a text page, resolved against its address. */
export function markdownLinks(text: string, pageUrl: string): PageLink[] {
  return [...text.matchAll(/\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].flatMap(([, label, href]) => {
    try {
      return [{ url: new URL(href!, pageUrl).href, text: label!.replace(/\s+/g, " ").trim() }];
    } catch {
      return [];
    }
  });
}

/** A page's text and links, or why it cannot be read. */
export type PageText = { kind: "text"; text: string; links: PageLink[] } | { kind: "unsupported"; reason: string };

export function pageText(body: string, contentType: string | null | undefined, url: string): PageText {
  const kind = bodyKind(contentType, url);
  switch (kind) {
    case "html":
      return { kind: "text", ...htmlToMarkdown(body, url) };
    case "text":
      return { kind: "text", text: body, links: markdownLinks(body, url) };
    case "unsupported":
      return { kind: "unsupported", reason: `not HTML or text (${mediaType(contentType) || "no content type"})` };
    default: {
      const never: never = kind;
      return never;
    }
  }
}
