/** What the page knows about one event or activity type; safe to import in the browser (no model, no zod). */
import type { ClaimRef } from "@/lib/site/claim-path";
import type { EventSource } from "./event";

export type CatalogueEntry = {
  source: EventSource;
  id: string;
  meaning: string;
  reveals: string;
  recordsTypedText: boolean;
  claims: ClaimRef[];
};

/** The addresses of the claims behind the notes on Anthropic's own access, worked out on the server. */
export type AccessClaimPaths = {
  /** Why an empty feed does not mean no automated processing. */
  emptyFeed: string;
  /** The two business days within which access events arrive. */
  delay: string;
  /** That a preservation can start without a person's access. */
  preservations: string;
};

/** A key for looking an entry up by source and type. */
export const catalogueKey = (source: EventSource, type: string) => `${source}:${type}`;
