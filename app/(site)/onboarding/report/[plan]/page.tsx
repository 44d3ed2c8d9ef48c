import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OnboardingReport } from "@/components/onboarding/onboarding-report";
import type { OrgPlan } from "@/lib/onboarding/typical-use";
import { onboardingColumns, onboardingPlans } from "@/lib/content/one-pager";
import { currentOrg } from "@/lib/profile/current";

export const dynamicParams = false;

export function generateStaticParams() {
  return onboardingPlans(currentOrg()).map((plan) => ({ plan }));
}

type Props = { params: Promise<{ plan: OrgPlan }> };

async function columnFor(params: Props["params"]) {
  const { plan } = await params;
  return onboardingColumns(currentOrg()).find((column) => column.plan === plan);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const column = await columnFor(params);
  return column
    ? {
        title: `Full report: ${column.planLabel}, typical use`,
        description: `Every verdict behind the one-pager for the ${column.planLabel}: who can see what, why, for how long, and the sources.`,
      }
    : {};
}

export default async function OnboardingReportPage({ params }: Props) {
  const column = await columnFor(params);
  if (!column) notFound();
  return <OnboardingReport column={column} org={currentOrg()} />;
}
