import { onboardingAdvice } from "@/lib/content/one-pager";
import { onboardingColumns } from "@/lib/content/one-pager";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { LayerSummaries } from "./layer-summaries";
import { OnePagerHeader } from "./one-pager-header";
import { OnePagerPolicy } from "./one-pager-policy";
import { ReadMore } from "./read-more";
import { WhatTheyCanSee } from "./what-they-can-see";
import { WhatYouCanDo } from "./what-you-can-do";

/**
 * The onboarding one-pager: what the organization can see, whom to ask, what you can do and where to
 * read more, short enough for one or two printed pages of A4 or Letter. Server-rendered throughout.
 */
export function OnePager({ org }: { org?: OrgEdition }) {
  const columns = onboardingColumns(org);
  return (
    // The table may take a wide screen's width; sentences and list items keep a readable measure.
    <article
      data-print-standalone
      className="space-y-6 print:space-y-3 print:text-[10pt] print:leading-snug [&_li]:max-w-prose [&_p]:max-w-prose print:[&_li]:max-w-none print:[&_p]:max-w-none"
    >
      <OnePagerHeader org={org} />
      {org?.policy && <OnePagerPolicy name={org.name} policy={org.policy} />}
      <WhatTheyCanSee org={org} columns={columns} />
      <WhatYouCanDo advice={onboardingAdvice(columns.map((column) => column.report))} />
      <LayerSummaries />
      <ReadMore columns={columns} />
    </article>
  );
}
