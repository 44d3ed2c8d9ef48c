/**
 * The slice of the typed catalogues the decoder page needs: meaning and sources per type. Built on the
 * server at build time and handed to the page as data, so the model itself is not shipped to the browser.
 */
import { activityTypes } from "@/lib/content/catalogue";
import { auditEvents } from "@/lib/content/catalogue";
import type { AccessClaimPaths, CatalogueEntry } from "./catalogue-entry";
import { claimPath, claimRef } from "@/lib/site/claim-path";

export type { AccessClaimPaths, CatalogueEntry } from "./catalogue-entry";

const cite = (ids: readonly string[]) => ids.map((id) => claimRef(id));

/** Every audit-log event and every catalogued Activity Feed type, with the claims behind each. */
export function decodeCatalogue(): CatalogueEntry[] {
  return [
    ...auditEvents.map((event) => ({
      source: "audit-log" as const,
      id: event.id,
      meaning: event.meaning,
      reveals: event.reveals,
      recordsTypedText: event.recordsTypedText,
      claims: cite(event.claims),
    })),
    ...activityTypes.map((entry) => ({
      source: "activity-feed" as const,
      id: entry.id,
      meaning: entry.meaning,
      reveals: entry.reveals,
      recordsTypedText: false,
      claims: cite(entry.claims),
    })),
  ];
}

/** Where the notes on Anthropic's own access send the reader for their sources. */
export function accessClaimPaths(): AccessClaimPaths {
  return {
    emptyFeed: claimPath("at-automated-not-logged"),
    delay: claimPath("at-delivery"),
    preservations: claimPath("cmek-preserve"),
  };
}
