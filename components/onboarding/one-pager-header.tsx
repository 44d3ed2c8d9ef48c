import { FormattedDate } from "@/components/formatted-date";
import { OrgContact } from "@/components/org/org-contact";
import { genericContact, onePagerTitle } from "@/content/onboarding/copy";
import { latestClaimVerification } from "@/lib/site/latest-claim-verification";
import { sectionIds } from "@/lib/onboarding/sections";
import type { OrgEdition } from "@/lib/profile/org-edition";
import { PrintButton } from "./print-button";
import { PrintedSiteAddress, PrintUrl } from "./print-url";

/**
 * Title, dates and whom to ask. The dates tell a reader of a printed copy how old it is: the day the
 * organization stated its settings, and the day the facts about Anthropic's products were last checked.
 */
export function OnePagerHeader({ org }: { org?: OrgEdition }) {
  return (
    <header>
      <h1 className="text-3xl font-bold sm:text-4xl print:text-xl">{onePagerTitle(org?.name)}</h1>
      <p className="mt-2 text-sm text-muted">
        A summary for new staff.{" "}
        {org && (
          <>
            Settings stated by {org.name} on <FormattedDate iso={org.statedOn} />.{" "}
          </>
        )}
        Facts about Anthropic&rsquo;s products last verified <FormattedDate iso={latestClaimVerification()} />.
        <span className="hidden print:inline">
          {" "}
          Online at <PrintedSiteAddress path="/onboarding/" />
        </span>
      </p>
      <section
        id={sectionIds.whoToAsk}
        aria-labelledby={`${sectionIds.whoToAsk}-title`}
        className="mt-3 max-w-prose scroll-mt-6 print:max-w-none"
      >
        <h2 id={`${sectionIds.whoToAsk}-title`} className="inline font-semibold">
          Who to ask:
        </h2>{" "}
        {org ? (
          <>
            <OrgContact contact={org.contact} />
            {org.contact.url && <PrintUrl url={org.contact.url} />}.
          </>
        ) : (
          <>{genericContact}. They know which plan and settings your organization uses.</>
        )}
      </section>
      <div className="no-print mt-4">
        <PrintButton />
      </div>
    </header>
  );
}
