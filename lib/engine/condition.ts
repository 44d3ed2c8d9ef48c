/** Whether a condition holds for concrete facts: one exhaustive switch, no catch-all. */
import type { Condition } from "@/lib/model/condition-schema";
import type { SettingId } from "@/lib/model/vocabulary";
import type { Facts } from "./facts";

export function holds(condition: Condition, facts: Facts): boolean {
  switch (condition.kind) {
    case "all":
      return condition.of.every((inner) => holds(inner, facts));
    case "any":
      return condition.of.some((inner) => holds(inner, facts));
    case "not":
      return !holds(condition.condition, facts);
    case "account":
      return condition.in.includes(facts.account);
    case "partnerCloud":
      return (
        facts.account === "partner-cloud" &&
        facts.partnerCloud !== undefined &&
        condition.in.includes(facts.partnerCloud)
      );
    case "surface":
      return condition.in.some((id) => facts.surfaces.has(id));
    case "behaviour":
      return condition.in.some((id) => facts.behaviours.has(id));
    case "setting":
      return facts.settings[condition.setting] === condition.is;
    default: {
      const unhandled: never = condition;
      throw new Error(`Unknown condition kind in ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The settings a condition mentions; a rule's result can change only with these. */
export function settingsIn(condition: Condition): Set<SettingId> {
  switch (condition.kind) {
    case "all":
    case "any":
      return new Set(condition.of.flatMap((inner) => [...settingsIn(inner)]));
    case "not":
      return settingsIn(condition.condition);
    case "setting":
      return new Set([condition.setting]);
    case "account":
    case "partnerCloud":
    case "surface":
    case "behaviour":
      return new Set();
    default: {
      const unhandled: never = condition;
      throw new Error(`Unknown condition kind in ${JSON.stringify(unhandled)}`);
    }
  }
}
