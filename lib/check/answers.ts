import type { Answer, Situation } from "@/lib/model/situation-schema";
import { behavioursToAsk } from "./asked";
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
 *
 * A multiple-choice question has three states, so "not answered" is never read as "no": undefined until
 * the person answers it, an empty list for "None of these", the ticked items otherwise.
 */
export type Answers = {
  account?: AccountId;
  partnerCloud?: PartnerCloudId;
  /** The products the person uses; undefined until answered, empty for "None of these". */
  surfaces?: SurfaceId[];
  /** What the person does in the Claude apps; undefined until answered, empty for "None of these". */
  behaviours?: BehaviourId[];
  settings: Partial<Record<SettingId, Answer>>;
  retentionDays?: number;
  /** Answers that came from the person's own Claude Code files (see `from-files.ts`), for the notice. */
  fromFiles?: FileAnswerKey[];
};

export const emptyAnswers: Answers = { settings: {} };

/** The organization settings worth asking about for an account. */
export function settingsFor(account: AccountId) {
  return settings.filter((setting) => (setting.appliesTo as readonly AccountId[]).includes(account));
}

/** A question the report cannot do without: until each is answered, the check shows what it will cover. */
export type RequiredQuestion = "account" | "partnerCloud" | "surfaces" | "behaviours";

/**
 * A multiple-choice answer with one item ticked or unticked. Unticking the last item leaves the question
 * unanswered (undefined), never "None of these".
 */
export function withTicked<T>(answer: readonly T[] | undefined, item: T, ticked: boolean): T[] | undefined {
  const others = (answer ?? []).filter((other) => other !== item);
  const next = ticked ? [...others, item] : others;
  return next.length > 0 ? next : undefined;
}

/**
 * A multiple-choice answer as the question now shows it: the chosen items among those offered, an empty
 * list for "None of these", or undefined when it is unanswered, including when every item chosen earlier
 * is no longer offered (after a change of account, say), so the question is asked again.
 */
export function chosen<T extends string>(answer: readonly T[] | undefined, offered: readonly T[]): T[] | undefined {
  if (!answer) return undefined;
  if (answer.length === 0) return [];
  const kept = offered.filter((id) => answer.includes(id));
  return kept.length > 0 ? kept : undefined;
}

/** The check's tables of content/check/questions.ts that decide which questions an account is asked. */
export type QuestionTables = {
  /** The accounts whose people use the Claude apps, where incognito, renaming and the rest exist. */
  accountsWithApps: readonly AccountId[];
  /** The surfaces offered for each account. */
  surfacesByAccount: Readonly<Record<AccountId, readonly SurfaceId[]>>;
};

/** The rules that read answers, over the given question tables. */
export function answerRules({ accountsWithApps, surfacesByAccount }: QuestionTables) {
  /** The surfaces offered for an account. */
  function surfacesFor(account: AccountId): readonly SurfaceId[] {
    return surfacesByAccount[account];
  }

  /**
   * Whether an account's people use the Claude apps at all, where incognito, renaming and the rest exist.
   * Which of them the check asks about also depends on the products used: see `behavioursToAsk`.
   */
  function asksBehaviours(account: AccountId): boolean {
    return accountsWithApps.includes(account);
  }

  /**
   * The questions the report still waits for, in the order they are asked: the account (and its cloud), the
   * products used and, when one of them can change the report, what the person does in the Claude apps.
   * Settings never hold the report back: "I don't know" is a full answer there, and the default.
   */
  function unansweredQuestions(answers: Answers): RequiredQuestion[] {
    const { account } = answers;
    if (!account) return ["account", "surfaces"];
    const missing: RequiredQuestion[] = [];
    if (account === "partner-cloud" && !answers.partnerCloud) missing.push("partnerCloud");
    const surfaces = chosen(answers.surfaces, surfacesFor(account));
    if (!surfaces) return [...missing, "surfaces"];
    const offered = behavioursToAsk({ account, partnerCloud: answers.partnerCloud, surfaces });
    if (offered.length > 0 && !chosen(answers.behaviours, offered)) missing.push("behaviours");
    return missing;
  }

  /**
   * The situation the answers describe, or undefined while a question the report needs is unanswered
   * (`unansweredQuestions`). Answers to questions the account does not ask are left out; unanswered
   * settings count as "unknown". A behaviour the check did not ask about cannot change the report, so
   * leaving it out is not a "no" the person did not give.
   */
  function toSituation(answers: Answers): Situation | undefined {
    const { account } = answers;
    if (!account || unansweredQuestions(answers).length > 0) return undefined;
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
      surfaces: chosen(answers.surfaces, surfacesFor(account)) ?? [],
      behaviours: asksBehaviours(account)
        ? (answers.behaviours ?? []).filter((b, index, all) => behaviourIds.includes(b) && all.indexOf(b) === index)
        : [],
      settings: settingAnswers,
      ...(retentionApplies && answers.retentionDays !== undefined ? { retentionDays: answers.retentionDays } : {}),
    };
  }

  return { surfacesFor, asksBehaviours, unansweredQuestions, toSituation };
}
