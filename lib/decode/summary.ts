/**
 * The summariser: events and errors go in one at a time, a summary small enough to show and download
 * comes out. Nothing grows with the size of the file except per-person and per-day counts; row details
 * are kept only for the first few rows and highlights.
 */
import type { DecodedEvent, EventSource, FormatKind, RowError } from "./event";
import {
  isDeletion,
  isExportStart,
  isRename,
  isSignIn,
  renamedTo,
  startedByAnthropic,
  type HighlightKind,
} from "./highlights";
import { reasonCodes } from "./schemas";
import { addBusinessDays, utcDay } from "./time";

/** Limits on what is kept in full. */
export const LIMITS = {
  errors: 20,
  errorReasons: 50,
  sampleRows: 200,
  actorRows: 25,
  highlights: 200,
  actorValues: 50,
  accessEvents: 50_000,
};

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

export type TypeCount = { source: EventSource; type: string; count: number; known: boolean };
export type DayCount = { day: string; count: number };

export type ActorSummary = {
  key: string;
  type: string | null;
  count: number;
  first: string;
  last: string;
  types: { type: string; count: number }[];
  ipAddresses: string[];
  devices: string[];
  days: DayCount[];
  rows: SampleRow[];
};

export type Highlight = {
  kind: HighlightKind;
  row: number;
  createdAt: string;
  actor: string;
  type: string;
  /** The new name, the IP address or the device, depending on the kind. */
  value: string | null;
  /** For exports: whether Anthropic started it, or null when the row does not say. */
  byAnthropic: boolean | null;
};

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

export type DecodeSummary = {
  format: FormatKind | null;
  /** "line" for CSV and JSON Lines, "item" for JSON. */
  rowUnit: "line" | "item";
  rowsRead: number;
  validRows: number;
  invalidRows: number;
  errors: RowError[];
  errorReasons: { reason: string; count: number }[];
  /** Why reading stopped early, when it did; rows before that point are still counted and shown. */
  fatal: string | null;
  /** Activity Feed responses found, and whether the last one said more pages exist. */
  responses: number;
  hasMore: boolean | null;
  firstAt: string | null;
  lastAt: string | null;
  types: TypeCount[];
  unknownTypeRows: number;
  days: DayCount[];
  actors: ActorSummary[];
  highlights: Highlight[];
  highlightCounts: Record<HighlightKind, number>;
  access: AccessSummary;
  sample: SampleRow[];
};

/** Type names the catalogues explain, per source; anything else is kept and labelled as not in the catalogue. */
export type KnownTypes = Record<EventSource, ReadonlySet<string>>;

type ActorState = {
  key: string;
  type: string | null;
  count: number;
  first: DecodedEvent;
  last: DecodedEvent;
  types: Map<string, number>;
  ips: Set<string>;
  devices: Set<string>;
  days: Map<string, number>;
  rows: SampleRow[];
  signIns: { ips: Map<string, DecodedEvent>; devices: Map<string, DecodedEvent> };
};

const increment = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const sortedDays = (days: Map<string, number>): DayCount[] =>
  [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, count }));

function sampleRow(event: DecodedEvent): SampleRow {
  const details = event.details === null || event.details === undefined ? "" : JSON.stringify(event.details);
  return {
    row: event.row,
    createdAt: event.createdAt,
    actor: event.actor.key,
    type: event.type,
    source: event.source,
    ipAddress: event.ipAddress,
    device: event.deviceId ?? event.userAgent,
    details: details === "{}" ? "" : details.length > 300 ? `${details.slice(0, 300)}…` : details,
  };
}

export type Summariser = {
  setFormat: (format: FormatKind) => void;
  addEvent: (event: DecodedEvent) => void;
  addError: (error: RowError) => void;
  addEnvelope: (hasMore: boolean | null) => void;
  setFatal: (reason: string) => void;
  finish: () => DecodeSummary;
};

/** Starts an empty summary. */
export function createSummariser(known: KnownTypes): Summariser {
  let format: FormatKind | null = null;
  let valid = 0;
  let invalid = 0;
  let fatal: string | null = null;
  let responses = 0;
  let hasMore: boolean | null = null;
  let first: DecodedEvent | null = null;
  let last: DecodedEvent | null = null;
  const errors: RowError[] = [];
  const reasons = new Map<string, number>();
  const types = new Map<string, { source: EventSource; type: string; count: number }>();
  const days = new Map<string, number>();
  const actors = new Map<string, ActorState>();
  const highlights: Highlight[] = [];
  const highlightCounts: Record<HighlightKind, number> = {
    renamed: 0,
    deleted: 0,
    export: 0,
    "new-ip": 0,
    "new-device": 0,
  };
  const sample: SampleRow[] = [];
  const accessEvents: AccessEvent[] = [];
  const accessTypeCounts = new Map<string, number>();
  const byReason = new Map<string, number>();
  const byDepartment = new Map<string, number>();

  const highlight = (entry: Highlight) => {
    highlightCounts[entry.kind] += 1;
    // Counts are kept for all; details for the first few of each kind.
    if (highlightCounts[entry.kind] <= LIMITS.highlights) highlights.push(entry);
  };

  const addEvent = (event: DecodedEvent) => {
    valid += 1;
    if (!first || event.time < first.time) first = event;
    if (!last || event.time > last.time) last = event;
    const typeKey = `${event.source}\u0000${event.type}`;
    const typeEntry = types.get(typeKey) ?? { source: event.source, type: event.type, count: 0 };
    typeEntry.count += 1;
    types.set(typeKey, typeEntry);
    const day = utcDay(event.time);
    increment(days, day);
    if (sample.length < LIMITS.sampleRows) sample.push(sampleRow(event));

    let actor = actors.get(event.actor.key);
    if (!actor) {
      actor = {
        key: event.actor.key,
        type: event.actor.type,
        count: 0,
        first: event,
        last: event,
        types: new Map(),
        ips: new Set(),
        devices: new Set(),
        days: new Map(),
        rows: [],
        signIns: { ips: new Map(), devices: new Map() },
      };
      actors.set(event.actor.key, actor);
    }
    actor.count += 1;
    if (event.time < actor.first.time) actor.first = event;
    if (event.time > actor.last.time) actor.last = event;
    increment(actor.types, event.type);
    increment(actor.days, day);
    if (event.ipAddress && actor.ips.size < LIMITS.actorValues) actor.ips.add(event.ipAddress);
    const device = event.deviceId ?? event.userAgent;
    if (device && actor.devices.size < LIMITS.actorValues) actor.devices.add(device);
    if (actor.rows.length < LIMITS.actorRows) actor.rows.push(sampleRow(event));

    const base = {
      row: event.row,
      createdAt: event.createdAt,
      actor: event.actor.key,
      type: event.type,
      byAnthropic: null,
    };
    if (isRename(event.type)) highlight({ ...base, kind: "renamed", value: renamedTo(event.details) });
    if (isDeletion(event.type)) highlight({ ...base, kind: "deleted", value: null });
    if (isExportStart(event.type))
      highlight({ ...base, kind: "export", value: null, byAnthropic: startedByAnthropic(event.details) });
    if (isSignIn(event.type)) {
      const keepEarliest = (map: Map<string, DecodedEvent>, value: string | null) => {
        if (!value) return;
        const seen = map.get(value);
        if ((!seen || event.time < seen.time) && (seen || map.size < LIMITS.accessEvents)) map.set(value, event);
      };
      keepEarliest(actor.signIns.ips, event.ipAddress);
      keepEarliest(actor.signIns.devices, device);
    }

    if (event.access) {
      increment(accessTypeCounts, event.type);
      increment(byReason, `${event.type}\u0000${event.access.reasonCode ?? "(none)"}`);
      increment(byDepartment, `${event.type}\u0000${event.access.department ?? "(not given)"}`);
      if (accessEvents.length < LIMITS.accessEvents) {
        const accessed = event.access.accessedAt ? Date.parse(event.access.accessedAt) : Number.NaN;
        const known = !Number.isNaN(accessed);
        accessEvents.push({
          type: event.type,
          row: event.row,
          id: event.id,
          accessedAt: event.access.accessedAt,
          createdAt: event.createdAt,
          reasonCode: event.access.reasonCode,
          department: event.access.department,
          resourceId: event.access.resourceId,
          delayMs: known ? event.time - accessed : null,
          late: known && event.time > addBusinessDays(accessed, 2),
        });
      }
    }
  };

  const addError = (error: RowError) => {
    invalid += 1;
    if (errors.length < LIMITS.errors) errors.push(error);
    if (reasons.has(error.reason) || reasons.size < LIMITS.errorReasons) increment(reasons, error.reason);
    else increment(reasons, "other reasons");
  };

  const finish = (): DecodeSummary => {
    const actorList: ActorSummary[] = [...actors.values()]
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
      .map((actor) => ({
        key: actor.key,
        type: actor.type,
        count: actor.count,
        first: actor.first.createdAt,
        last: actor.last.createdAt,
        types: [...actor.types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
        ipAddresses: [...actor.ips],
        devices: [...actor.devices],
        days: sortedDays(actor.days),
        rows: actor.rows,
      }));

    for (const actor of actors.values()) {
      for (const [kind, map] of [
        ["new-ip", actor.signIns.ips],
        ["new-device", actor.signIns.devices],
      ] as const) {
        const firsts = [...map].sort(([, a], [, b]) => a.time - b.time);
        // The earliest address or device is where the file starts; each later one is new from then on.
        for (const [value, event] of firsts.slice(1)) {
          highlight({
            kind,
            row: event.row,
            createdAt: event.createdAt,
            actor: actor.key,
            type: event.type,
            value,
            byAnthropic: null,
          });
        }
      }
    }

    const delays = accessEvents
      .flatMap((event) => (event.delayMs === null ? [] : [event.delayMs]))
      .sort((a, b) => a - b);
    const when = (event: AccessEvent) => Date.parse(event.accessedAt ?? event.createdAt);
    const earliestAccess = new Map<string, number>();
    for (const access of accessEvents) {
      if (access.type !== "anthropic_access" || access.resourceId === null) continue;
      earliestAccess.set(access.resourceId, Math.min(earliestAccess.get(access.resourceId) ?? Infinity, when(access)));
    }
    const preservationsWithoutAccess = accessEvents.filter(
      (event) =>
        event.type === "cmek_preserve" &&
        !(event.resourceId !== null && (earliestAccess.get(event.resourceId) ?? Infinity) <= when(event)),
    );
    const split = (key: string) => key.split("\u0000") as [string, string];

    return {
      format,
      rowUnit: format === "activity-json" ? "item" : "line",
      rowsRead: valid + invalid,
      validRows: valid,
      invalidRows: invalid,
      errors,
      errorReasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      fatal,
      responses,
      hasMore,
      firstAt: (first as DecodedEvent | null)?.createdAt ?? null,
      lastAt: (last as DecodedEvent | null)?.createdAt ?? null,
      types: [...types.values()]
        .map((entry) => ({ ...entry, known: known[entry.source].has(entry.type) }))
        .sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1)),
      unknownTypeRows: [...types.values()].filter((t) => !known[t.source].has(t.type)).reduce((n, t) => n + t.count, 0),
      days: sortedDays(days),
      actors: actorList,
      highlights: highlights.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
      highlightCounts,
      access: {
        counts: [...accessTypeCounts].map(([type, count]) => ({ type, count })),
        byReason: [...byReason]
          .map(([key, count]) => {
            const [type, reasonCode] = split(key);
            return { type, reasonCode, count, documented: reasonCodes.includes(reasonCode) };
          })
          .sort((a, b) => b.count - a.count),
        byDepartment: [...byDepartment]
          .map(([key, count]) => {
            const [type, department] = split(key);
            return { type, department, count };
          })
          .sort((a, b) => b.count - a.count),
        delay:
          delays.length === 0
            ? null
            : {
                count: delays.length,
                minMs: delays[0]!,
                medianMs: delays[Math.floor((delays.length - 1) / 2)]!,
                maxMs: delays.at(-1)!,
                late: accessEvents.filter((event) => event.late).length,
              },
        preservationsWithoutAccess,
        events: accessEvents.slice(0, LIMITS.highlights),
      },
      sample,
    };
  };

  return {
    setFormat: (value) => {
      format = value;
    },
    addEvent,
    addError,
    addEnvelope: (more) => {
      responses += 1;
      hasMore = more;
    },
    setFatal: (reason) => {
      fatal ??= reason;
    },
    finish,
  };
}
