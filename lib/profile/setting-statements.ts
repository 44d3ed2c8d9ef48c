import { settings, type SettingId } from "../model/vocabulary";
import type { OrgEdition } from "./org-edition";

/** One setting as an organization states it, in words. */
export type SettingStatement = { id: SettingId; label: string; value: "on" | "off"; detail?: string };

/** The settings among `ids` that the organization states, in the vocabulary's order. */
export function settingStatements(org: OrgEdition, ids?: readonly SettingId[]): SettingStatement[] {
  return settings
    .filter((setting) => (ids ? ids.includes(setting.id) : true) && org.settings[setting.id] !== undefined)
    .map((setting) => ({
      id: setting.id,
      label: setting.label,
      value: org.settings[setting.id] === "yes" ? "on" : "off",
      ...(setting.id === "custom-retention" && org.settings[setting.id] === "yes" && org.retentionDays
        ? { detail: `${org.retentionDays} days` }
        : {}),
    }));
}
