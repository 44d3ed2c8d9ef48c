/**
 * Types for writing the model by hand. They add compile-time checks the zod schemas cannot give:
 * a claim must cite a source id that exists, and a rule a claim id that exists. The schemas still
 * check everything again at load time, with messages an editor can act on.
 */
import type { Claim, Note, Rule } from "@/lib/model/schema";
import type { SourceId } from "./sources";

/** Read-only all the way down, so tables written `as const` still satisfy their types. */
export type ReadonlyDeep<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyDeep<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
    : T;

/** A claim as written in `content/model/claims/`. */
export type AuthoredClaim = ReadonlyDeep<
  Omit<Claim, "citations"> & { citations: { source: SourceId; quote: string }[] }
>;

/** A rule as written in `content/model/rules/`, citing claims by their checked ids. */
export type AuthoredRule<ClaimId extends string> = Omit<Rule, "claims"> & { claims: ClaimId[] };

/** A note as written in `content/model/notes.ts`. */
export type AuthoredNote<ClaimId extends string> = Omit<Note, "claims"> & { claims: ClaimId[] };
