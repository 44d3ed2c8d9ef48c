/** Small counting helpers the tallies share. */
import type { DecodedEvent, EventSource } from "../event";

export type DayCount = { day: string; count: number };

/** A row as the page lists it, with its details cut short. */
export type SampleRow = {
  row: number;
  createdAt: string;
  actor: string;
  type: string;
  source: EventSource;
  ipAddress: string | null;
  device: string | null;
  details: string;
};

export const increment = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

export const sortedDays = (days: Map<string, number>): DayCount[] =>
  [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, count }));

/** The device a row names: its device id, else its browser. */
export const deviceOf = (event: DecodedEvent) => event.deviceId ?? event.userAgent;

export function sampleRow(event: DecodedEvent): SampleRow {
  const details = event.details === null || event.details === undefined ? "" : JSON.stringify(event.details);
  return {
    row: event.row,
    createdAt: event.createdAt,
    actor: event.actor.key,
    type: event.type,
    source: event.source,
    ipAddress: event.ipAddress,
    device: deviceOf(event),
    details: details === "{}" ? "" : details.length > 300 ? `${details.slice(0, 300)}…` : details,
  };
}
