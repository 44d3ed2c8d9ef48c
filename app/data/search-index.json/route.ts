import { buildSearchIndex } from "@/lib/search-index";

// Rendered once at build time; `output: "export"` writes it to out/data/search-index.json.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildSearchIndex());
}
