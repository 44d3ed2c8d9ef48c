/**
 * The slice of the typed catalogues the decoder page needs: meaning and sources per type. Built on the
 * server at build time and handed to the page as data, so the model itself is not shipped to the browser.
 */
import { activityTypes } from "@/lib/content/catalogue";
import { auditEvents } from "@/lib/content/catalogue";
import { claimById } from "@/lib/model/model";
import type { CatalogueEntry } from "./catalogue-entry";

export type { CatalogueEntry } from "./catalogue-entry";

const cite = (ids: readonly string[]) => ids.map((id) => ({ id, statement: claimById(id).statement }));

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
