import type { AudienceId, DataKindId } from "@/lib/model/vocabulary";

/** One cell of a report (a data kind and an audience) as a single value, for maps and sets keyed by cell. */
export type CellKey = `${DataKindId}|${AudienceId}`;

/** The key of the cell for a data kind and an audience; the one place its format is written. */
export const cellKey = (data: DataKindId, audience: AudienceId): CellKey => `${data}|${audience}`;
