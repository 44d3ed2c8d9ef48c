import { FormattedDate } from "@/components/formatted-date";

/**
 * A setting the organization's profile states, shown in place of its question: the answer, and whose
 * statement it is. The person cannot change it here; the organization's contact can correct it.
 */
export function OrgStatedSetting({
  label,
  value,
  retentionDays,
  orgName,
  statedOn,
}: {
  label: string;
  value: "yes" | "no";
  retentionDays?: number;
  orgName: string;
  statedOn: string;
}) {
  return (
    <div className="rounded-lg border border-line p-4">
      <p className="text-lg font-semibold">{label}</p>
      <p>
        <strong>{value === "yes" ? "On" : "Off"}</strong>
        {retentionDays !== undefined && `, ${retentionDays} days`}: set by your organization.
      </p>
      <p className="text-sm text-muted">
        Source: {orgName}&rsquo;s profile for this site, stated <FormattedDate iso={statedOn} />; not a statement by
        Anthropic.
      </p>
    </div>
  );
}
