/**
 * The model as authored, with no validation code: what the browser loads. zod, which validates it,
 * stays on the server and in tests: `lib/model/model.ts` parses this same data at build time (an
 * invalid model fails the build) and a unit test checks that parsing leaves it unchanged.
 */
import { claims } from "@/content/model/claims";
import { notes } from "@/content/model/notes";
import { rules } from "@/content/model/rules";
import { sources } from "@/content/model/sources";
import type { Model } from "@/lib/model/model-schema";
import { vocabulary } from "@/lib/model/vocabulary";

export type { ClaimId } from "@/content/model/claims";

/** The model exactly as authored, with its literal types: what validation parses. */
export const authoredModel = { schemaVersion: 1, vocabulary, sources, claims, rules, notes } as const;

/**
 * The authored model under its validated type, without zod, for code that may run in the browser; see
 * the note at the top of this file for why that is safe. Server code and tests use the validated `model`.
 */
export const modelForBrowser = authoredModel as unknown as Model;
