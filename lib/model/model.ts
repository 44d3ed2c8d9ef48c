/**
 * The one place the model is validated. Server code, the build and tests import `model` from here, so
 * invalid content fails the build with every problem listed. Browser code imports `modelForBrowser`
 * from `lib/content/model.ts` instead, which holds the same data without the validation code.
 */
import { authoredModel } from "@/lib/content/model";
import { parseModel, type Model } from "./model-schema";

export { claimStatus, DEFAULT_MAX_AGE_DAYS, isStale, warnStaleClaims, type ClaimStatus } from "./freshness";
export { claimById, claimProvenance, claimsBySource, sourceById, sourcesQuotedBy } from "./lookups";
export { authoredModel } from "@/lib/content/model";

/** The validated model; importing this module throws, with every problem listed, if content is invalid. */
export const model: Model = parseModel(authoredModel);
