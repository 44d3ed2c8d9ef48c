/**
 * Selectors for the decoder page: the joins between the summary the worker sends back and the catalogue
 * the page already holds, so the views only render. Free of zod and of the model, like the page.
 */
import { reasonCodeTable } from "@/lib/content/reason-codes";
import { catalogueKey, type CatalogueEntry } from "./catalogue-entry";
import type { EventSource, FormatKind } from "./event";
import type { HighlightKind } from "./highlights";
import type { DecodeResult } from "./session";
import type { AccessSummary, ActorSummary, DecodeSummary, Highlight, TypeCount } from "./summary";

/** The catalogue looked up by `catalogueKey(source, type)`. */
export type CatalogueIndex = ReadonlyMap<string, CatalogueEntry>;

export const catalogueIndex = (catalogue: readonly CatalogueEntry[]): CatalogueIndex =>
  new Map(catalogue.map((entry) => [catalogueKey(entry.source, entry.id), entry]));

/** Which catalogue explains the types of a file in this format. */
export const sourceOf = (format: FormatKind | null): EventSource =>
  format === "audit-csv" ? "audit-log" : "activity-feed";

/** The person or actor chosen by key, or null for everyone. */
export const actorByKey = (summary: DecodeSummary, key: string): ActorSummary | null =>
  summary.actors.find((candidate) => candidate.key === key) ?? null;

/** Counts by type for everyone, or for one person with each type's source taken from the whole file. */
export function typeRows(summary: DecodeSummary, actor: ActorSummary | null): readonly TypeCount[] {
  if (!actor) return summary.types;
  const sources = new Map<string, EventSource>();
  for (const entry of summary.types) if (!sources.has(entry.type)) sources.set(entry.type, entry.source);
  return actor.types.map(({ type, count }) => ({ source: sources.get(type) ?? sourceOf(summary.format), type, count }));
}

/** A person's types that record text they typed, and those the catalogue does not explain. */
export function personTypes(summary: DecodeSummary, actor: ActorSummary, entries: CatalogueIndex) {
  const source = sourceOf(summary.format);
  return {
    typed: actor.types.filter((entry) => entries.get(catalogueKey(source, entry.type))?.recordsTypedText),
    unknown: actor.types.filter((entry) => !entries.has(catalogueKey(source, entry.type))),
  };
}

/** One kind of highlight for everyone or one person: the rows kept, and how many there were in all. */
export function highlightsOf(
  summary: DecodeSummary,
  kind: HighlightKind,
  actor: string | null,
): { items: Highlight[]; total: number } {
  const items = summary.highlights.filter((item) => item.kind === kind && (!actor || item.actor === actor));
  return { items, total: actor ? items.length : summary.highlightCounts[kind] };
}

/** How many Access Transparency events the file holds. */
export const accessTotal = (access: AccessSummary) => access.counts.reduce((sum, entry) => sum + entry.count, 0);

const reasonMeanings = new Map<string, string>(
  reasonCodeTable.map(({ code, meaning }) => [code, `${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}`]),
);

/** A documented reason code's meaning, worded to follow the code in a sentence; null for any other code. */
export const reasonMeaning = (code: string): string | null => reasonMeanings.get(code) ?? null;

/** Each type's meaning from the catalogue, or null when it is not in it; keyed `source:type`. */
export const typeMeanings = (summary: DecodeSummary, entries: CatalogueIndex): Record<string, string | null> =>
  Object.fromEntries(
    summary.types.map((type) => {
      const key = catalogueKey(type.source, type.type);
      return [key, entries.get(key)?.meaning ?? null];
    }),
  );

/** The summary as it is downloaded: each type marked as in the catalogue or not, and the rows of types not in it. */
export function cataloguedResult(result: DecodeResult, entries: CatalogueIndex) {
  const known = (type: TypeCount) => entries.has(catalogueKey(type.source, type.type));
  const types = result.summary.types.map((type) => ({ ...type, known: known(type) }));
  const unknownTypeRows = types.filter((type) => !type.known).reduce((rows, type) => rows + type.count, 0);
  // Rebuilt in this order so the downloaded JSON lists its fields as the summary type declares them.
  const { days, actors, highlights, highlightCounts, access, sample, ...head } = result.summary;
  return {
    ...result,
    summary: { ...head, types, unknownTypeRows, days, actors, highlights, highlightCounts, access, sample },
  };
}
