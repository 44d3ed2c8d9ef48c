import { ClaimLinks } from "@/components/claims/claim-links";
import { Switcher } from "@/components/ui/switcher";
import {
  defaultDeletionMoment,
  deletionMoments,
  type DeletionResult,
} from "@/content/layers/exports-and-compliance-api/deletion-timeline";

function Row({ what, result, claims }: DeletionResult) {
  return (
    <div className="grid gap-1 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{what}</dt>
      <dd>
        {result}
        <ClaimLinks ids={claims} />
      </dd>
    </div>
  );
}

/** What a data export and the Compliance API return at each moment around a deletion. */
export function DeletionTimeline() {
  const moments = deletionMoments.map((moment) => ({
    id: moment.id,
    label: moment.label,
    body: (
      <dl className="space-y-2">
        {moment.results.map((row) => (
          <Row key={row.what} {...row} />
        ))}
      </dl>
    ),
  }));
  return (
    <Switcher
      legend="Deletion timeline: when is the export started, or the Compliance API asked?"
      options={moments}
      defaultId={defaultDeletionMoment}
      panelPrefix="Moment:"
    />
  );
}
