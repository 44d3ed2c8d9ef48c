import type { Metadata } from "next";
import { FormattedDate } from "@/components/formatted-date";
import { DisputesList } from "@/components/sources/disputes-list";
import { MethodSection } from "@/components/sources/method-section";
import { SourceSection } from "@/components/sources/source-section";
import type { Claim, Source } from "@/lib/model/content-schema";
import { claimStatus, maxAgeFrom } from "@/lib/model/freshness";
import { claimsBySource, model } from "@/lib/model/model";
import { isoToday } from "@/lib/model/model-schema";
import { latestClaimVerification } from "@/lib/site/latest-claim-verification";
import { claimReview } from "@/lib/content/claim-reviews";
import { readSnapshots } from "@/lib/sources/snapshot-store";

export const metadata: Metadata = {
  title: "Sources and method",
  description:
    "Every source behind the site's answers, with the quotes, verification dates and disagreements, and how a verdict is reached.",
};

export default function SourcesPage() {
  // Evaluated at build time: the badges reflect the day the site was built.
  const today = isoToday();
  const maxAgeDays = maxAgeFrom(process.env.CLAIMS_MAX_AGE_DAYS);
  const statusOf = (claim: Claim) => claimStatus(claim, today, maxAgeDays);
  const bySource = claimsBySource(model);
  const snapshots = readSnapshots();
  const countIn = (state: string) => model.claims.filter((claim) => claimReview(claim.id).state === state).length;
  const claimsWord = (count: number) => (count === 1 ? "1 claim" : `${count} claims`);
  const reviewSummary = [
    `${claimsWord(countIn("verified"))} of ${model.claims.length} are verified there`,
    countIn("source-changed") > 0
      ? `${claimsWord(countIn("source-changed"))} rest on a page that has changed since and are under review`
      : "none rests on a page that has changed since",
    `${countIn("third-party") > 0 ? claimsWord(countIn("third-party")) : "none"} rest only on third-party sources`,
  ].join("; ");
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  // A claim's anchor goes on its first appearance, under the first source it cites.
  const isFirstAppearance = (claim: Claim, source: Source) => claim.citations[0]?.source === source.id;
  const groups = [
    {
      id: "official-sources",
      title: "Anthropic's own pages",
      items: model.sources.filter((source) => source.kind === "official"),
    },
    {
      id: "third-party-sources",
      title: "Third-party sources",
      items: model.sources.filter((source) => source.kind === "third-party"),
    },
  ];
  const disputed = model.claims.filter((claim) => claim.dispute);
  const stale = model.claims.filter((claim) => statusOf(claim) === "needs-recheck");
  const lastVerified = latestClaimVerification();

  return (
    <div>
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">Sources and method</h1>
        <p className="text-lg">
          Every answer on this site rests on a claim, and every claim quotes a source. This page lists all{" "}
          {model.sources.length} sources and the {model.claims.length} claims drawn from them, then explains how the
          check turns your answers into verdicts using {model.rules.length} rules.
        </p>
        <p>
          The claims were verified on <FormattedDate iso={lastVerified} /> against stored copies of Anthropic&apos;s
          official pages, which this site keeps with their capture dates. Every quote is checked against the newest copy
          of its page each time the site is built. {reviewSummary}. Anthropic updates these pages, so if a page now
          reads differently, the page is right and this site is due a re-check.{" "}
          {stale.length > 0
            ? `${stale.length} claims are currently marked as needing a re-check.`
            : "No claim is currently due for a re-check."}
        </p>
      </div>
      <MethodSection maxAgeDays={maxAgeDays} />
      <DisputesList claims={disputed} />
      <section aria-labelledby="sources" className="mt-10 max-w-5xl">
        <h2 id="sources" className="text-2xl font-semibold">
          Sources and their claims
        </h2>
        {groups.map((group) => (
          <div key={group.id}>
            <h3 id={group.id} className="mt-8 text-xl font-semibold">
              {group.title} ({group.items.length})
            </h3>
            {group.items.map((source) => (
              <SourceSection
                key={source.id}
                source={source}
                copies={(source.snapshot && snapshots.get(source.snapshot)) || []}
                claims={bySource.get(source.id) ?? []}
                sources={sources}
                statusOf={statusOf}
                isFirstAppearance={isFirstAppearance}
              />
            ))}
          </div>
        ))}
      </section>
    </div>
  );
}
