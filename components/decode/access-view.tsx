import { withBasePath } from "@/lib/site/base-path";
import type { AccessClaimPaths } from "@/lib/decode/catalogue-entry";
import type { AccessSummary } from "@/lib/decode/summary";
import { accessTotal } from "@/lib/decode/view";
import { wholeNumber } from "@/lib/site/whole-number";
import { AccessDelayNote, PreservationsNote } from "./access-notes";
import { ByDepartmentTable, ByReasonTable } from "./access-tables";

/** Anthropic's own access to the organization's content, as the `anthropic_access` and `cmek_preserve` events record it. */
export function AccessView({ access, claims }: { access: AccessSummary; claims: AccessClaimPaths }) {
  const total = accessTotal(access);
  return (
    <section aria-labelledby="decode-access-heading">
      <h3 id="decode-access-heading" className="text-xl font-semibold">
        Anthropic&rsquo;s own access
      </h3>
      {total === 0 ? (
        <p className="mt-2">
          No <code>anthropic_access</code> or <code>cmek_preserve</code> events in this file. These appear only in the
          Activity Feed of organizations with Access Transparency, and record human views, not automated processing.{" "}
          <a href={withBasePath(claims.emptyFeed)}>What an empty feed means</a>.
        </p>
      ) : (
        <>
          <p className="mt-2">
            {access.counts.map((entry) => `${wholeNumber(entry.count)} ${entry.type}`).join(" and ")} event
            {total === 1 ? "" : "s"}. Each records a person at Anthropic viewing content, or content being preserved;
            the person is never named.
          </p>
          <div className="mt-3 grid gap-6 md:grid-cols-2">
            <ByReasonTable byReason={access.byReason} />
            <ByDepartmentTable byDepartment={access.byDepartment} />
          </div>
          {access.delay && <AccessDelayNote delay={access.delay} source={claims.delay} />}
          <PreservationsNote events={access.preservationsWithoutAccess} source={claims.preservations} />
        </>
      )}
    </section>
  );
}
