import type { Metadata } from "next";
import { OnePager } from "@/components/onboarding/one-pager";
import { onePagerDescription, onePagerTitle } from "@/content/onboarding/copy";
import { currentOrg } from "@/lib/profile/current";

export function generateMetadata(): Metadata {
  const org = currentOrg();
  return { title: onePagerTitle(org?.name), description: onePagerDescription(org?.name) };
}

export default function OnboardingPage() {
  return <OnePager org={currentOrg()} />;
}
