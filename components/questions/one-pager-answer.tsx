import Link from "next/link";
import { joinWords } from "@/lib/check/wording";
import { sectionIds } from "@/lib/onboarding/sections";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { onePagerCoverage } from "@/lib/questions/one-pager";

/** The answer to "is there a one-page summary?": the one-pager, what it covers, and where each column leads. */
export function OnePagerAnswer({ answer, org }: { answer: string; org?: OrgEdition }) {
  const { plans, use } = onePagerCoverage(org);
  return (
    <div className="mt-4 max-w-3xl space-y-3">
      <p className="text-lg">
        {answer} <Link href="/onboarding/">Open the one-pager for new staff</Link>
        {org && <>, tailored for {org.name}</>}.
      </p>
      <p>
        It answers for {joinWords(plans.map((plan) => `the ${plan.planLabel}`))}, for typical use: {use.surfaces}
        {use.behaviours && <>, with {use.behaviours} in the apps</>}. Its sections have fixed addresses to link to from
        an onboarding pack: <Link href={`/onboarding/#${sectionIds.whoToAsk}`}>who to ask</Link>,{" "}
        <Link href={`/onboarding/#${sectionIds.whatTheyCanSee}`}>what the organization can see</Link> and{" "}
        <Link href={`/onboarding/#${sectionIds.whatYouCanDo}`}>what you can do</Link>.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {plans.map((plan) => (
          <li key={plan.reportHref}>
            {plan.planLabel}: <Link href={plan.reportHref}>the full report behind its column</Link>, or{" "}
            <Link href={plan.checkHref}>the same answers in the check</Link>, to adjust for one person.
          </li>
        ))}
      </ul>
    </div>
  );
}
