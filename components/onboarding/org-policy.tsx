import { sectionIds } from "@/lib/onboarding/sections";
import type { OrgEdition } from "@/lib/profile/current";
import { OutsideLink } from "./print-url";

/** The organization's own rules for using AI, in its words and clearly as its own, not Anthropic's. */
export function OrgPolicy({ name, policy }: { name: string; policy: NonNullable<OrgEdition["policy"]> }) {
  const id = sectionIds.policy;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 border-l-4 border-line pl-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold print:text-lg">
        {name}&rsquo;s policy{" "}
        <span className="text-sm font-normal text-muted">(the organization&rsquo;s own, not Anthropic&rsquo;s)</span>
      </h2>
      <p className="mt-1">
        {policy.personalUse && (
          <>
            <strong>Personal use:</strong> {policy.personalUse}{" "}
          </>
        )}
        {policy.url && <OutsideLink href={policy.url}>Read {name}&rsquo;s AI-use policy</OutsideLink>}
      </p>
    </section>
  );
}
