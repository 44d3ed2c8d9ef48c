/**
 * Small builders for conditions, so rule files read like sentences. Each returns plain data that
 * `conditionSchema` accepts; nothing here is evaluated.
 */
import type { Condition } from "./condition-schema";
import type { AccountId, BehaviourId, PartnerCloudId, SettingId, SurfaceId } from "./vocabulary";

/** Holds when every condition holds; `all()` always holds. */
export const all = (...of: Condition[]): Condition => ({ kind: "all", of });

/** Holds when at least one condition holds. */
export const any = (first: Condition, ...rest: Condition[]): Condition => ({ kind: "any", of: [first, ...rest] });

/** Holds when the condition does not. */
export const not = (condition: Condition): Condition => ({ kind: "not", condition });

/** Holds when the account is one of these. */
export const account = (first: AccountId, ...rest: AccountId[]): Condition => ({
  kind: "account",
  in: [first, ...rest],
});

/** Holds when the account is one of these partner clouds. */
export const partnerCloud = (first: PartnerCloudId, ...rest: PartnerCloudId[]): Condition => ({
  kind: "partnerCloud",
  in: [first, ...rest],
});

/** Holds when the person uses at least one of these surfaces. */
export const surface = (first: SurfaceId, ...rest: SurfaceId[]): Condition => ({
  kind: "surface",
  in: [first, ...rest],
});

/** Holds when the person does at least one of these things. */
export const behaviour = (first: BehaviourId, ...rest: BehaviourId[]): Condition => ({
  kind: "behaviour",
  in: [first, ...rest],
});

/** Holds when the setting is answered (or, for an unknown, assumed) "yes". */
export const settingOn = (setting: SettingId): Condition => ({ kind: "setting", setting, is: "yes" });

/** Holds when the setting is answered (or, for an unknown, assumed) "no". */
export const settingOff = (setting: SettingId): Condition => ({ kind: "setting", setting, is: "no" });
