import { reasonCodes } from "@/lib/decode/vocabulary";
import type { AccessSummary } from "@/lib/decode/summary";
import { formatDuration } from "@/lib/decode/timeline";
import { withBasePath } from "@/lib/site/base-path";
import { Identifier } from "./identifier";

const reasonMeaning: Record<string, string> = {
  safety_review: "viewed for a usage-policy or safety investigation",
  incident_response: "viewed while investigating an incident affecting the organization",
  policy_violation_investigation: "preserved during a policy-violation investigation",
  csae_report: "preserved as evidence for a child-safety report",
};

const cell = "border border-line px-2 py-1";

/** Anthropic's own access to the organization's content, as the `anthropic_access` and `cmek_preserve` events record it. */
export function AccessView({ access }: { access: AccessSummary }) {
  const total = access.counts.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <section aria-labelledby="decode-access-heading">
      <h3 id="decode-access-heading" className="text-xl font-semibold">
        Anthropic&rsquo;s own access
      </h3>
      {total === 0 ? (
        <p className="mt-2">
          No <code>anthropic_access</code> or <code>cmek_preserve</code> events in this file. These appear only in the
          Activity Feed of organizations with Access Transparency, and record human views, not automated processing.{" "}
          <a href={withBasePath("/sources/#claim-at-automated-not-logged")}>What an empty feed means</a>.
        </p>
      ) : (
        <>
          <p className="mt-2">
            {access.counts.map((entry) => `${entry.count.toLocaleString("en")} ${entry.type}`).join(" and ")} event
            {total === 1 ? "" : "s"}. Each records a person at Anthropic viewing content, or content being preserved;
            the person is never named.
          </p>
          <div className="mt-3 grid gap-6 md:grid-cols-2">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-1 text-left font-semibold">By reason code</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    Event
                  </th>
                  <th scope="col" className={cell}>
                    Reason code
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    Count
                  </th>
                </tr>
              </thead>
              <tbody>
                {access.byReason.map((entry) => (
                  <tr key={`${entry.type}:${entry.reasonCode}`}>
                    <td className={`${cell} font-mono`}>
                      <Identifier text={entry.type} />
                    </td>
                    <td className={cell}>
                      <code>
                        <Identifier text={entry.reasonCode} />
                      </code>{" "}
                      {entry.documented ? (
                        `(${reasonMeaning[entry.reasonCode]})`
                      ) : (
                        <strong>(not one of the {reasonCodes.length} documented codes)</strong>
                      )}
                    </td>
                    <td className={`${cell} text-right`}>{entry.count.toLocaleString("en")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-1 text-left font-semibold">By department</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    Event
                  </th>
                  <th scope="col" className={cell}>
                    Department
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    Count
                  </th>
                </tr>
              </thead>
              <tbody>
                {access.byDepartment.map((entry) => (
                  <tr key={`${entry.type}:${entry.department}`}>
                    <td className={`${cell} font-mono`}>
                      <Identifier text={entry.type} />
                    </td>
                    <td className={cell}>{entry.department}</td>
                    <td className={`${cell} text-right`}>{entry.count.toLocaleString("en")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {access.delay && (
            <div className="mt-4">
              <h4 className="font-semibold">Delay between the access and its event</h4>
              <p className="text-sm">
                From <code>accessed_at</code> to <code>created_at</code>, over {access.delay.count.toLocaleString("en")}{" "}
                event
                {access.delay.count === 1 ? "" : "s"}: shortest {formatDuration(access.delay.minMs)}, median{" "}
                {formatDuration(access.delay.medianMs)}, longest {formatDuration(access.delay.maxMs)}. Anthropic says
                these events arrive within two business days; {access.delay.late.toLocaleString("en")} arrived later
                than that (counting Saturdays and Sundays as non-business days, and no public holidays).{" "}
                <a href={withBasePath("/sources/#claim-at-delivery")}>Source</a>
              </p>
            </div>
          )}
          <div className="mt-4">
            <h4 className="font-semibold">
              Preservations with no earlier access event:{" "}
              {access.preservationsWithoutAccess.length.toLocaleString("en")}
            </h4>
            <p className="text-sm">
              A <code>cmek_preserve</code> event with no <code>anthropic_access</code> event for the same message at or
              before it. This need not mean a missing record: Anthropic documents that an automated safety pipeline can
              start a preservation, and the preservation event is written either way. The access may also fall outside
              this file&rsquo;s dates. <a href={withBasePath("/sources/#claim-cmek-preserve")}>Source</a>
            </p>
            {access.preservationsWithoutAccess.length > 0 && (
              <ul className="mt-2 list-disc pl-6 text-sm">
                {access.preservationsWithoutAccess.slice(0, 50).map((event) => (
                  <li key={`${event.row}-${event.id ?? ""}`}>
                    <span className="font-mono">{event.accessedAt ?? event.createdAt}</span>: message{" "}
                    <code>{event.resourceId ?? "not named"}</code>, reason <code>{event.reasonCode ?? "none"}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
