import Link from "next/link";
import { ClaimLinks } from "@/components/claims/claim-links";
import { glossaryEntry } from "@/lib/content/glossary";

/** The three roles people call "admin", as the glossary defines them. */
const roles = ["admin", "owner", "primary-owner"] as const;

/** Why the answers name Admins, Owners and the Primary Owner apart: each role's powers, with sources. */
export function RolesInWords() {
  return (
    <section aria-labelledby="admin-roles" className="mt-8 max-w-3xl rounded border border-line p-4 sm:p-5">
      <h2 id="admin-roles" className="text-xl font-semibold">
        &ldquo;Admin&rdquo; can mean three roles
      </h2>
      <p className="mt-2">
        In everyday speech an admin is anyone who runs the organization&rsquo;s Claude account. Claude has three such
        roles, with different powers, and the answers below keep them apart:
      </p>
      <dl className="mt-3 space-y-3">
        {roles.map((id) => {
          const entry = glossaryEntry(id);
          return (
            <div key={id}>
              <dt className="font-semibold">
                <Link href={`/glossary/#term-${id}`}>{entry.term}</Link>
              </dt>
              <dd>
                {entry.definition}
                <ClaimLinks ids={entry.claims} />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
