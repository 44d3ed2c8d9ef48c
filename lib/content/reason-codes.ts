/**
 * The documented Access Transparency reason codes, typed from their table in `content/decode/`. Free of
 * zod and of the model, so the worker, the decoder page and the explainer can all use it; each entry's
 * claim is a `ClaimId`, so a misspelt claim fails to compile.
 */
import { reasonCodeTable } from "@/content/decode/reason-codes";

export { reasonCodeTable };

/** A documented reason code. */
export type ReasonCode = (typeof reasonCodeTable)[number]["code"];

/** The documented codes, in the order Anthropic lists them. */
export const reasonCodes: readonly ReasonCode[] = reasonCodeTable.map((entry) => entry.code);
