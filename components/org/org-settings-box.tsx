import { FormattedDate } from "@/components/formatted-date";
import type { SettingId } from "@/lib/model/vocabulary";
import { currentOrg } from "@/lib/profile/current";
import { settingStatements } from "@/lib/profile/setting-statements";
import { OrgContact } from "./org-contact";

/**
 * In an organization's edition, what the organization states about the settings an explainer turns
 * on, labelled as its statement. Renders nothing in the general edition or when none is stated.
 */
export function OrgSettingsBox({ settings }: { settings: readonly SettingId[] }) {
  const org = currentOrg();
  if (!org) return null;
  const statements = settingStatements(org, settings);
  return (
    <section aria-labelledby="at-your-organization" className="my-6 rounded-lg border-2 border-accent px-5 py-1">
      <h2 id="at-your-organization" className="!mt-4 !text-lg">
        At {org.name}
      </h2>
      {statements.length > 0 ? (
        <>
          <p>
            {org.name} states these settings (as of <FormattedDate iso={org.statedOn} />
            ). They are the organization&rsquo;s statements, not Anthropic&rsquo;s:
          </p>
          <ul>
            {statements.map((statement) => (
              <li key={statement.id}>
                {statement.label}: <strong>{statement.value}</strong>
                {statement.detail && ` (${statement.detail})`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{org.name} has not stated the settings this page depends on.</p>
      )}
      <p>
        To check how they apply to you, ask <OrgContact contact={org.contact} />.
      </p>
    </section>
  );
}
