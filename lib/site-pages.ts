import { mainNav } from "@/content/site";

/** Every page for the sitemap. Pages outside the main navigation are listed here as they are added. */
export function sitePages(): string[] {
  const pages = new Set<string>(mainNav.map((item) => item.href));
  return [...pages];
}
