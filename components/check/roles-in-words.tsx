import Link from "next/link";
import { ClaimLinks } from "@/components/claims/claim-links";
import { audienceShortLabels, roleWords } from "@/content/check/labels";
import { audiences, type AccountId } from "@/lib/model/vocabulary";

/**
 * Who is who, at the top of a report: the roles in plain words for the account, since "admin" in
 * everyday speech covers three roles the report keeps apart, and what each column of the table means.
 */
export function RolesInWords({ account }: { account: AccountId }) {
  const words = roleWords[account];
  return (
    <section aria-labelledby="report-roles" className="max-w-3xl rounded-lg border border-line p-4">
      <h2 id="report-roles" className="text-xl font-semibold">
        Who is who in this report
      </h2>
      <p className="mt-2 max-w-prose">
        {words.text}
        <ClaimLinks ids={words.claims} />
      </p>
      <details className="mt-3">
        <summary className="cursor-pointer font-medium">What each column of the report means</summary>
        <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
          {audiences.map((audience) => (
            <div key={audience.id} className="contents">
              <dt className="font-semibold">{audienceShortLabels[audience.id]}</dt>
              <dd className="mb-2 sm:mb-0">{audience.description}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm">
          More in the <Link href="/glossary/">glossary</Link>.
        </p>
      </details>
    </section>
  );
}
