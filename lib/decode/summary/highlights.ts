/**
 * The events most worth explaining: renames, deletions, exports, and sign-ins from an address or device a
 * person had not used before in the file. Counts are kept for all; details for the first few of each kind.
 */
import type { DecodedEvent } from "../event";
import {
  isDeletion,
  isExportStart,
  isRename,
  isSignIn,
  renamedTo,
  startedByAnthropic,
  type HighlightKind,
} from "../highlights";
import { deviceOf } from "./counting";
import { LIMITS } from "./limits";

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

export type HighlightTotals = {
  highlights: Highlight[];
  highlightCounts: Record<HighlightKind, number>;
};

/** Each person's sign-ins, the earliest per IP address and per device. */
type SignIns = { ips: Map<string, DecodedEvent>; devices: Map<string, DecodedEvent> };

function keepEarliest(map: Map<string, DecodedEvent>, value: string | null, event: DecodedEvent) {
  if (!value) return;
  const seen = map.get(value);
  if ((!seen || event.time < seen.time) && (seen || map.size < LIMITS.accessEvents)) map.set(value, event);
}

const byTime = (a: Highlight, b: Highlight) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

export function createHighlightTally() {
  const highlights: Highlight[] = [];
  const highlightCounts: Record<HighlightKind, number> = {
    renamed: 0,
    deleted: 0,
    export: 0,
    "new-ip": 0,
    "new-device": 0,
  };
  // Every person gets an entry in the order they first appear, so new sign-ins are listed in that order.
  const signIns = new Map<string, SignIns>();

  const highlight = (entry: Highlight) => {
    highlightCounts[entry.kind] += 1;
    if (highlightCounts[entry.kind] <= LIMITS.highlights) highlights.push(entry);
  };

  const newSignIns = (actor: string, kind: "new-ip" | "new-device", map: Map<string, DecodedEvent>) => {
    const firsts = [...map].sort(([, a], [, b]) => a.time - b.time);
    // The earliest address or device is where the file starts; each later one is new from then on.
    for (const [value, event] of firsts.slice(1)) {
      highlight({
        kind,
        row: event.row,
        createdAt: event.createdAt,
        actor,
        type: event.type,
        value,
        byAnthropic: null,
      });
    }
  };

  return {
    add(event: DecodedEvent) {
      let seen = signIns.get(event.actor.key);
      if (!seen) {
        seen = { ips: new Map(), devices: new Map() };
        signIns.set(event.actor.key, seen);
      }
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
        keepEarliest(seen.ips, event.ipAddress, event);
        keepEarliest(seen.devices, deviceOf(event), event);
      }
    },
    finish(): HighlightTotals {
      for (const [actor, seen] of signIns) {
        newSignIns(actor, "new-ip", seen.ips);
        newSignIns(actor, "new-device", seen.devices);
      }
      return { highlights: highlights.sort(byTime), highlightCounts };
    },
  };
}
