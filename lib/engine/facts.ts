/**
 * Concrete facts: a situation with every setting answered yes or no. The engine evaluates rules against
 * these, one completion of the person's "don't know" answers at a time.
 */
import type { Situation } from "@/lib/model/situation-schema";
import { completionTable } from "./completion-table";
import {
  type AccountId,
  type BehaviourId,
  type PartnerCloudId,
  type SettingId,
  type SurfaceId,
} from "@/lib/model/vocabulary";

export type Facts = {
  readonly account: AccountId;
  readonly partnerCloud: PartnerCloudId | undefined;
  readonly surfaces: ReadonlySet<SurfaceId>;
  readonly behaviours: ReadonlySet<BehaviourId>;
  readonly settings: Readonly<Record<SettingId, "yes" | "no">>;
  readonly retentionDays: number | undefined;
};

/** One way of answering the unknown settings, and the facts that result. */
export type Completion = {
  /** The situation's settings answered "unknown", in vocabulary order. */
  readonly unknown: readonly SettingId[];
  /** Bit i set means unknown[i] is taken as "yes". */
  readonly mask: number;
  readonly facts: Facts;
};

/**
 * Every completion of the unknown settings: 2^n of them for n unknowns, indexed by `mask`, so flipping
 * one setting is flipping one bit. With custom retention taken as "yes", the given period (if any) is used.
 */
export function completions(situation: Situation): Completion[] {
  const table = completionTable(situation);
  return Array.from({ length: 2 ** table.unknown.length }, (_, mask) => table.at(mask));
}
