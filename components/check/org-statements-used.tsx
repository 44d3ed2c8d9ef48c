import { FormattedDate } from "@/components/formatted-date";
import { orgFixedSettings, type OrgCheckSettings } from "@/lib/check/org-answers";
import type { Situation } from "@/lib/model/situation-schema";
import { labelOf, settings } from "@/lib/model/vocabulary";

/** Which answers in this report came from the organization's profile rather than from the person. */
export function OrgStatementsUsed({ org, situation }: { org: OrgCheckSettings; situation: Situation }) {
  const fixed = orgFixedSettings(situation, org);
  const ids = settings.map((setting) => setting.id).filter((id) => fixed[id] !== undefined);
  if (ids.length === 0) return null;
  return (
    <p className="mt-4 rounded-lg bg-surface p-4 text-sm">
      This report uses {ids.length === 1 ? "one setting" : `${ids.length} settings`} stated by {org.name} on{" "}
      <FormattedDate iso={org.statedOn} />, as the organization&rsquo;s own statements, not Anthropic&rsquo;s:{" "}
      {ids.map((id) => `${labelOf(settings, id)} ${fixed[id] === "yes" ? "on" : "off"}`).join(", ")}.
    </p>
  );
}
