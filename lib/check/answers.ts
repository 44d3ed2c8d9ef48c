import { accountsWithApps, surfacesByAccount } from "@/content/check/questions";
import { makeSituation, type Answer, type Situation } from "@/lib/model/situation-schema";
import {
  behaviourIds,
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
  const settingAnswers = Object.fromEntries(
    Object.entries(answers.settings).filter(([id]) => asked.has(id as SettingId)),
  ) as Partial<Record<SettingId, Answer>>;
  const retentionApplies = asked.has("custom-retention") && settingAnswers["custom-retention"] !== "no";
  return makeSituation({
    account,
    ...(account === "partner-cloud" ? { partnerCloud: answers.partnerCloud } : {}),
    surfaces: answers.surfaces.filter((surface) => offered.has(surface)),
    behaviours: asksBehaviours(account) ? answers.behaviours.filter((b) => behaviourIds.includes(b)) : [],
    settings: settingAnswers,
    ...(retentionApplies && answers.retentionDays !== undefined ? { retentionDays: answers.retentionDays } : {}),
  });
}
