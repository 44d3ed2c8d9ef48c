import { sitePages } from "@/content/site";
import { presetPath, presets } from "@/lib/check/presets";
import { onboardingPlans, onboardingReportPath } from "@/lib/onboarding/columns";
import { currentOrg } from "@/lib/profile/current";

/** Every page path for the sitemap: the fixed pages, then pages generated from data. */
export function allPagePaths(): string[] {
  return [
    ...sitePages.map((page) => page.href),
    ...presets.map((preset) => presetPath(preset.id)),
    ...onboardingPlans(currentOrg()).map(onboardingReportPath),
  ];
}
