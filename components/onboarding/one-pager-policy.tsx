import { sectionIds } from "@/lib/onboarding/sections";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { OutsideLink } from "./print-url";

/**
 * The organization's own AI-use policy, labelled as its own. Unlike the site-wide box (components/org/
 * org-policy.tsx) it has the one-pager's fixed id, fits in a few printed lines and prints the policy's address.
 */
export function OnePagerPolicy({ name, policy }: { name: string; policy: NonNullable<OrgEdition["policy"]> }) {
  const id = sectionIds.policy;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 border-l-4 border-line pl-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold print:text-lg">
        {name}&rsquo;s policy on using Claude{" "}
        <span className="text-sm font-normal text-muted">(its own, not a statement by Anthropic)</span>
      </h2>
      <p className="mt-1">
        {policy.personalUse && (
          <>
            <strong>Personal use:</strong> {policy.personalUse}{" "}
          </>
        )}
        {policy.url && <OutsideLink href={policy.url}>Read the full AI-use policy</OutsideLink>}
      </p>
    </section>
  );
}
