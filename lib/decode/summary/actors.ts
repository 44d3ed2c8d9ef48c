/** Per person or actor: how many rows, when, of which types, from which addresses and devices, and their first rows. */
import type { DecodedEvent } from "../event";
import { utcDay } from "../time";
import { deviceOf, increment, sampleRow, sortedDays, type DayCount, type SampleRow } from "./counting";
import { LIMITS } from "./limits";

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
};

const startActor = (event: DecodedEvent): ActorState => ({
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
});

const summarise = (actor: ActorState): ActorSummary => ({
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
});

export function createActorTally() {
  const actors = new Map<string, ActorState>();

  return {
    add(event: DecodedEvent) {
      let actor = actors.get(event.actor.key);
      if (!actor) {
        actor = startActor(event);
        actors.set(event.actor.key, actor);
      }
      actor.count += 1;
      if (event.time < actor.first.time) actor.first = event;
      if (event.time > actor.last.time) actor.last = event;
      increment(actor.types, event.type);
      increment(actor.days, utcDay(event.time));
      if (event.ipAddress && actor.ips.size < LIMITS.actorValues) actor.ips.add(event.ipAddress);
      const device = deviceOf(event);
      if (device && actor.devices.size < LIMITS.actorValues) actor.devices.add(device);
      if (actor.rows.length < LIMITS.actorRows) actor.rows.push(sampleRow(event));
    },
    finish(): ActorSummary[] {
      return [...actors.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).map(summarise);
    },
  };
}
