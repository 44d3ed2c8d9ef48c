import { maxAgeFrom, warnStaleClaims } from "@/lib/model/freshness";
import { model } from "@/lib/model/model";
import { isoToday } from "@/lib/model/model-schema";
import { publishedModel } from "@/lib/model/publish";

// Rendered once at build time; `output: "export"` writes it to out/data/visibility.json.
export const dynamic = "force-static";

export function GET(): Response {
  // The build is where stale claims should surface: warn with their ids.
  warnStaleClaims(model.claims, isoToday(), maxAgeFrom(process.env.CLAIMS_MAX_AGE_DAYS));
  return Response.json(publishedModel());
}
