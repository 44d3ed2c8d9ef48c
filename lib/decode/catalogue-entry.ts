/** What the page knows about one event or activity type; safe to import in the browser (no model, no zod). */
import type { EventSource } from "./event";

export type CatalogueEntry = {
  source: EventSource;
  id: string;
  meaning: string;
  reveals: string;
  recordsTypedText: boolean;
  claims: { id: string; statement: string }[];
};

/** A key for looking an entry up by source and type. */
export const catalogueKey = (source: EventSource, type: string) => `${source}:${type}`;
