import type { MetadataRoute } from "next";
import { sitePages } from "@/lib/site-pages";
import { absoluteUrl } from "@/lib/site-url";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages().map((path) => ({ url: absoluteUrl(path) }));
}
