import { FormattedDate } from "@/components/formatted-date";
import { currentOrg } from "@/lib/profile/current";
import { OrgContact } from "./org-contact";

/**
 * "Tailored for <organization>" at the top of every page of an organization's edition: whose
 * statements the site adds, when they were made, and whom to ask. Nothing in the general edition.
 */
export function OrgNotice({ compact = false }: { compact?: boolean }) {
  const org = currentOrg();
  if (!org) return null;
  return (
    <aside aria-label={`Tailored for ${org.name}`} className="border-b border-line bg-surface">
      <div className={`mx-auto flex max-w-7xl items-start gap-3 px-4 text-sm sm:px-6 ${compact ? "py-2" : "py-3"}`}>
        {org.logo && (
          // A plain img: the logo is a static file under the base path, already small. Low priority, so the
          // browser fetches the page's text and styles first rather than raising it as an image on screen.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={org.logo.src}
            alt={org.logo.alt}
            width={32}
            height={32}
            fetchPriority="low"
            className="h-8 w-8 shrink-0"
          />
        )}
        <p>
          <strong>Tailored for {org.name}.</strong> Where this site mentions {org.name}&rsquo;s settings, they are{" "}
          {org.name}&rsquo;s own statements of <FormattedDate iso={org.statedOn} />, not Anthropic&rsquo;s. Questions?
          Ask <OrgContact contact={org.contact} />.
          {org.policy?.url && !compact && (
            <>
              {" "}
              Read {org.name}&rsquo;s <a href={org.policy.url}>AI-use policy</a>.
            </>
          )}
        </p>
      </div>
    </aside>
  );
}
