/**
 * Anthropic's own access, as Access Transparency events record it: counts by type, reason code and
 * department, the delay between an access and its event, and preservations with no earlier access.
 */
import type { DecodedEvent } from "../event";
import { addBusinessDays } from "../time";
import { isReasonCode } from "../vocabulary";
import { increment } from "./counting";
import { LIMITS } from "./limits";

export type AccessEvent = {
  type: string;
  row: number;
  id: string | null;
  accessedAt: string | null;
  createdAt: string;
  reasonCode: string | null;
  department: string | null;
  resourceId: string | null;
  /** Milliseconds between `accessed_at` and `created_at`, or null without `accessed_at`. */
  delayMs: number | null;
  /** True when the event arrived more than two business days after the access it records. */
  late: boolean;
};

export type AccessSummary = {
  counts: { type: string; count: number }[];
  byReason: { type: string; reasonCode: string; count: number; documented: boolean }[];
  byDepartment: { type: string; department: string; count: number }[];
  delay: { count: number; minMs: number; medianMs: number; maxMs: number; late: number } | null;
  /** `cmek_preserve` events with no `anthropic_access` event for the same resource at or before them. */
  preservationsWithoutAccess: AccessEvent[];
  events: AccessEvent[];
};

function accessEvent(event: DecodedEvent, access: NonNullable<DecodedEvent["access"]>): AccessEvent {
  const accessed = access.accessedAt ? Date.parse(access.accessedAt) : Number.NaN;
  const known = !Number.isNaN(accessed);
  return {
    type: event.type,
    row: event.row,
    id: event.id,
    accessedAt: access.accessedAt,
    createdAt: event.createdAt,
    reasonCode: access.reasonCode,
    department: access.department,
    resourceId: access.resourceId,
    delayMs: known ? event.time - accessed : null,
    late: known && event.time > addBusinessDays(accessed, 2),
  };
}

function delayOf(events: AccessEvent[]): AccessSummary["delay"] {
  const delays = events.flatMap((event) => (event.delayMs === null ? [] : [event.delayMs])).sort((a, b) => a - b);
  const [minMs] = delays;
  const maxMs = delays.at(-1);
  const medianMs = delays[Math.floor((delays.length - 1) / 2)];
  if (minMs === undefined || maxMs === undefined || medianMs === undefined) return null;
  return { count: delays.length, minMs, medianMs, maxMs, late: events.filter((event) => event.late).length };
}

function preservationsWithoutAccess(events: AccessEvent[]): AccessEvent[] {
  const when = (event: AccessEvent) => Date.parse(event.accessedAt ?? event.createdAt);
  const earliestAccess = new Map<string, number>();
  for (const access of events) {
    if (access.type !== "anthropic_access" || access.resourceId === null) continue;
    earliestAccess.set(access.resourceId, Math.min(earliestAccess.get(access.resourceId) ?? Infinity, when(access)));
  }
  return events.filter(
    (event) =>
      event.type === "cmek_preserve" &&
      !(event.resourceId !== null && (earliestAccess.get(event.resourceId) ?? Infinity) <= when(event)),
  );
}

const split = (key: string) => key.split("\u0000") as [string, string];

export function createAccessTally() {
  const events: AccessEvent[] = [];
  const typeCounts = new Map<string, number>();
  const byReason = new Map<string, number>();
  const byDepartment = new Map<string, number>();

  return {
    add(event: DecodedEvent) {
      if (!event.access) return;
      increment(typeCounts, event.type);
      increment(byReason, `${event.type}\u0000${event.access.reasonCode ?? "(none)"}`);
      increment(byDepartment, `${event.type}\u0000${event.access.department ?? "(not given)"}`);
      if (events.length < LIMITS.accessEvents) events.push(accessEvent(event, event.access));
    },
    finish(): AccessSummary {
      return {
        counts: [...typeCounts].map(([type, count]) => ({ type, count })),
        byReason: [...byReason]
          .map(([key, count]) => {
            const [type, reasonCode] = split(key);
            return { type, reasonCode, count, documented: isReasonCode(reasonCode) };
          })
          .sort((a, b) => b.count - a.count),
        byDepartment: [...byDepartment]
          .map(([key, count]) => {
            const [type, department] = split(key);
            return { type, department, count };
          })
          .sort((a, b) => b.count - a.count),
        delay: delayOf(events),
        preservationsWithoutAccess: preservationsWithoutAccess(events),
        events: events.slice(0, LIMITS.highlights),
      };
    },
  };
}
