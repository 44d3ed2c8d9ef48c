import { ClaimCitations } from "@/components/claims/claim-citations";
import { reportClaimAnchor, type ReportSources } from "@/lib/check/report-sources";

/**
 * "Sources for this report": each claim the verdicts rest on, once, with its quotes, the pages quoted and
 * where its review stands. The reasons above link to these entries by their anchors and numbers.
 */
export function ReportSourcesList({ sources }: { sources: ReportSources }) {
  return (
    // Search leaves the list out, as it does every ready-made report: each claim is indexed on the Sources page.
    <section aria-labelledby="report-sources" data-no-search="">
      <h2 id="report-sources" className="text-2xl font-semibold">
        Sources for this report
      </h2>
      <p className="mt-2 max-w-prose text-muted">
        Every claim the verdicts above rest on, with the words quoted from each page and when it was last checked.
      </p>
      <div className="mt-4">
        <ClaimCitations ids={sources.ids} anchorOf={reportClaimAnchor} numbered />
      </div>
    </section>
  );
}
