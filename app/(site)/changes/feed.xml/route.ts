import { siteChangesFeed } from "@/lib/content/changes-feed";

// Rendered once at build time; `output: "export"` writes it to out/changes/feed.xml.
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(siteChangesFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
