import { currentOrg } from "@/lib/profile/current";

/** The organization's own AI-use policy: its personal-use text and a link, labelled as the organization's. */
export function OrgPolicy() {
  const org = currentOrg();
  if (!org?.policy) return null;
  const { url, personalUse } = org.policy;
  return (
    <section aria-labelledby="org-policy" className="my-6 rounded-lg border border-line bg-surface px-5 py-1">
      <h2 id="org-policy" className="!mt-4 !text-lg">
        {org.name}&rsquo;s policy on using Claude
      </h2>
      {personalUse && (
        <blockquote className="border-l-4 border-line pl-4">
          <p>{personalUse}</p>
        </blockquote>
      )}
      <p className="text-sm text-muted">
        This is {org.name}&rsquo;s own policy, not a statement by Anthropic.
        {url && (
          <>
            {" "}
            <a href={url}>Read the full AI-use policy</a>.
          </>
        )}
      </p>
    </section>
  );
}
