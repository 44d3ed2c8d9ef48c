/** The sitemap's pages: the fixed pages of content/site.ts, then the pages generated from data. */
import { sitePages } from "@/content/site";
import { presetPath } from "@/lib/check/check-links";
import { onboardingReportPath } from "@/lib/onboarding/columns";
import { currentOrg } from "@/lib/profile/current";
import { onboardingPlans } from "./one-pager";
import { presets } from "./presets";

/** Every page path for the sitemap: the fixed pages, then pages generated from data. */
export function allPagePaths(): string[] {
  return [
    ...sitePages.map((page) => page.href),
    ...presets.map((preset) => presetPath(preset.id)),
    ...onboardingPlans(currentOrg()).map(onboardingReportPath),
  ];
}
