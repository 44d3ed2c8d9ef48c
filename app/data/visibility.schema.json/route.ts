import { publishedSchema } from "@/lib/model/publish";

// Rendered once at build time; `output: "export"` writes it to out/data/visibility.schema.json.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(publishedSchema());
}
