/**
 * What the Sources pages list, from the validated model: the sources on each part page, the claims each
 * source quotes, and each claim's status on the day the site is built.
 */
import type { Claim, Source } from "@/lib/model/content-schema";
import { claimStatus, maxAgeFrom, type ClaimStatus } from "@/lib/model/freshness";
import { model } from "@/lib/model/model";
import { isoToday } from "@/lib/model/model-schema";
import type { Model } from "@/lib/model/model-schema";
import { homeSourceId } from "@/lib/site/claim-path";
import { partOfSource, sourcesParts, type SourcesPartSlug } from "@/lib/site/sources-parts";

/** The re-check age from CLAIMS_MAX_AGE_DAYS, or the default. */
export const claimsMaxAgeDays = () => maxAgeFrom(process.env.CLAIMS_MAX_AGE_DAYS);

/** Each claim's status, evaluated at build time: the badges reflect the day the site was built. */
export function claimStatusToday(): (claim: Claim) => ClaimStatus {
  const today = isoToday();
  const maxAgeDays = claimsMaxAgeDays();
  return (claim) => claimStatus(claim, today, maxAgeDays);
}

/** The sources listed on a part page, in the model's order. */
export function sourcesOn(slug: SourcesPartSlug, from: Model = model): Source[] {
  return from.sources.filter((source) => partOfSource(source) === slug);
}

export type PartSummary = {
  slug: SourcesPartSlug;
  title: string;
  summary: string;
  sources: Source[];
  /** How many claims are listed in full on the part's page. */
  claimCount: number;
};

/** Every part with its sources and the number of claims listed there in full. */
export function partSummaries(from: Model = model): PartSummary[] {
  return sourcesParts.map((part) => {
    const sources = sourcesOn(part.slug, from);
    const ids = new Set(sources.map((source) => source.id));
    return {
      slug: part.slug,
      title: part.title,
      summary: part.summary,
      sources,
      claimCount: from.claims.filter((claim) => ids.has(homeSourceId(claim))).length,
    };
  });
}
