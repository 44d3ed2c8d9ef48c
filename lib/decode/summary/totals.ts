/** The whole file's figures: valid rows, first and last time, counts per type and per day, the first rows. */
import type { DecodedEvent, EventSource } from "../event";
import { utcDay } from "../time";
import { increment, sampleRow, sortedDays, type DayCount, type SampleRow } from "./counting";
import { LIMITS } from "./limits";

export type TypeCount = { source: EventSource; type: string; count: number };

export type Totals = {
  validRows: number;
  firstAt: string | null;
  lastAt: string | null;
  types: TypeCount[];
  days: DayCount[];
  sample: SampleRow[];
};

export function createTotalsTally() {
  let valid = 0;
  const edges: { first: DecodedEvent | null; last: DecodedEvent | null } = { first: null, last: null };
  const types = new Map<string, TypeCount>();
  const days = new Map<string, number>();
  const sample: SampleRow[] = [];

  return {
    add(event: DecodedEvent) {
      valid += 1;
      if (!edges.first || event.time < edges.first.time) edges.first = event;
      if (!edges.last || event.time > edges.last.time) edges.last = event;
      const typeKey = `${event.source}\u0000${event.type}`;
      const typeEntry = types.get(typeKey) ?? { source: event.source, type: event.type, count: 0 };
      typeEntry.count += 1;
      types.set(typeKey, typeEntry);
      increment(days, utcDay(event.time));
      if (sample.length < LIMITS.sampleRows) sample.push(sampleRow(event));
    },
    finish(): Totals {
      return {
        validRows: valid,
        firstAt: edges.first?.createdAt ?? null,
        lastAt: edges.last?.createdAt ?? null,
        types: [...types.values()].sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1)),
        days: sortedDays(days),
        sample,
      };
    },
  };
}
