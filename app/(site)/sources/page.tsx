import type { Metadata } from "next";
import { FormattedDate } from "@/components/formatted-date";
import { DisputesList } from "@/components/sources/disputes-list";
import { MethodSection } from "@/components/sources/method-section";
import { OldAnchorRedirect } from "@/components/sources/old-anchor-redirect";
import { SourcesIndex } from "@/components/sources/sources-index";
import { claimsBySource, model } from "@/lib/model/model";
import { anchorsByPart } from "@/lib/site/claim-path";
import { latestClaimVerification } from "@/lib/site/latest-claim-verification";
import { claimReview } from "@/lib/content/claim-reviews";
import { claimsMaxAgeDays, claimStatusToday, partSummaries } from "@/lib/sources/sources-pages";

export const metadata: Metadata = {
  title: "Sources and method",
  description:
    "Every source behind the site's answers, with the quotes, verification dates and disagreements, and how a verdict is reached.",
};

export default function SourcesPage() {
  const maxAgeDays = claimsMaxAgeDays();
  const statusOf = claimStatusToday();
  const parts = partSummaries();
  const countIn = (state: string) => model.claims.filter((claim) => claimReview(claim.id).state === state).length;
  const claimsWord = (count: number) => (count === 1 ? "1 claim" : `${count} claims`);
  const reviewSummary = [
    `${claimsWord(countIn("verified"))} of ${model.claims.length} are verified there`,
    countIn("source-changed") > 0
      ? `${claimsWord(countIn("source-changed"))} rest on a page that has changed since and are under review`
      : "none rests on a page that has changed since",
    `${countIn("third-party") > 0 ? claimsWord(countIn("third-party")) : "none"} rest only on third-party sources`,
  ].join("; ");
  const disputed = model.claims.filter((claim) => claim.dispute);
  const stale = model.claims.filter((claim) => statusOf(claim) === "needs-recheck");
  const lastVerified = latestClaimVerification();

  return (
    <div>
      <OldAnchorRedirect anchorsByPart={anchorsByPart(model)} />
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">Sources and method</h1>
        <p className="text-lg">
          Every answer on this site rests on a claim, and every claim quotes a source. This page explains how the check
          turns your answers into verdicts using {model.rules.length} rules, and lists all {model.sources.length}{" "}
          sources; the {model.claims.length} claims drawn from them, with their quotes, are on {parts.length} pages, one
          for each site that publishes the sources.
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
      <SourcesIndex parts={parts} bySource={claimsBySource(model)} />
    </div>
  );
}
