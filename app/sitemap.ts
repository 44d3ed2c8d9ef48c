import type { MetadataRoute } from "next";
import { allPagePaths } from "@/lib/content/site";
import { absoluteUrl } from "@/lib/site/site-url";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return allPagePaths().map((path) => ({ url: absoluteUrl(path) }));
}
