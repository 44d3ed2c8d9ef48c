import { accountsWithApps, surfacesByAccount } from "@/content/check/questions";
import type { Answer, Situation } from "@/lib/model/situation-schema";
import type { FileAnswerKey } from "./from-files";
import {
  behaviourIds,
  settingIds,
  settings,
  type AccountId,
  type BehaviourId,
  type PartnerCloudId,
  type SettingId,
  type SurfaceId,
} from "@/lib/model/vocabulary";

/**
 * What the person has answered so far. Unlike a Situation it may be incomplete (no account yet) and may
 * hold answers to questions that the current account no longer asks; those are kept, so switching the
 * account back and forth loses nothing, and dropped only when building the situation.
 */
export type Answers = {
  account?: AccountId;
  partnerCloud?: PartnerCloudId;
  surfaces: SurfaceId[];
  behaviours: BehaviourId[];
  settings: Partial<Record<SettingId, Answer>>;
  retentionDays?: number;
  /** Answers that came from the person's own Claude Code files (see `from-files.ts`), for the notice. */
  fromFiles?: FileAnswerKey[];
};

export const emptyAnswers: Answers = { surfaces: [], behaviours: [], settings: {} };

/** The organization settings worth asking about for an account. */
export function settingsFor(account: AccountId) {
  return settings.filter((setting) => (setting.appliesTo as readonly AccountId[]).includes(account));
}

/** The surfaces offered for an account. */
export function surfacesFor(account: AccountId): readonly SurfaceId[] {
  return surfacesByAccount[account];
}

/** Whether the behaviour question (incognito, deleting, renaming…) applies to an account. */
export function asksBehaviours(account: AccountId): boolean {
  return (accountsWithApps as readonly AccountId[]).includes(account);
}

/**
 * The situation the answers describe, or undefined while a question the report needs is unanswered.
 * Answers to questions the account does not ask are left out; unanswered settings count as "unknown".
 */
export function toSituation(answers: Answers): Situation | undefined {
  const { account } = answers;
  if (!account) return undefined;
  if (account === "partner-cloud" && !answers.partnerCloud) return undefined;
  const offered = new Set(surfacesFor(account));
  const asked = new Set(settingsFor(account).map((setting) => setting.id));
  // Built directly rather than through the situation schema, which keeps zod out of the browser; a
  // property test parses every result with the schema.
  const settingAnswers = Object.fromEntries(
    settingIds.map((id) => [id, asked.has(id) ? (answers.settings[id] ?? "unknown") : "unknown"]),
  ) as Record<SettingId, Answer>;
  const retentionApplies = asked.has("custom-retention") && settingAnswers["custom-retention"] !== "no";
  return {
    account,
    ...(account === "partner-cloud" ? { partnerCloud: answers.partnerCloud } : {}),
    surfaces: answers.surfaces.filter((surface, index, all) => offered.has(surface) && all.indexOf(surface) === index),
    behaviours: asksBehaviours(account)
      ? answers.behaviours.filter((b, index, all) => behaviourIds.includes(b) && all.indexOf(b) === index)
      : [],
    settings: settingAnswers,
    ...(retentionApplies && answers.retentionDays !== undefined ? { retentionDays: answers.retentionDays } : {}),
  };
}
