import { presets as authored, type Preset } from "@/content/check/presets";
import { makeSituation, type Situation } from "@/lib/model/situation-schema";
import type { Answers } from "./answers";
import { encodeAnswers } from "./url-state";

/** A preset with its situation validated; an invalid preset stops the build with the preset's id. */
export type CheckedPreset = Omit<Preset, "situation"> & { situation: Situation };

export const presets: readonly CheckedPreset[] = authored.map((preset) => {
  try {
    return { ...preset, situation: makeSituation(preset.situation) };
  } catch (error) {
    throw new Error(`content/check/presets.ts: preset "${preset.id}" is not a valid situation: ${String(error)}`);
  }
});

export function presetById(id: string): CheckedPreset | undefined {
  return presets.find((preset) => preset.id === id);
}

export const presetPath = (id: string) => `/check/report/${id}/`;

/** The check's link with a preset's answers filled in, so a reader can adjust them. */
export function presetCheckLink(preset: CheckedPreset): string {
  return checkLinkFor(preset.situation);
}

/** The check's link with a situation's answers filled in. */
export function checkLinkFor(situation: Situation): string {
  const answers: Answers = {
    account: situation.account,
    ...(situation.partnerCloud ? { partnerCloud: situation.partnerCloud } : {}),
    surfaces: [...situation.surfaces],
    behaviours: [...situation.behaviours],
    // Unknown is the questionnaire's default, so only real answers go into the link.
    settings: Object.fromEntries(Object.entries(situation.settings).filter(([, answer]) => answer !== "unknown")),
    ...(situation.retentionDays !== undefined ? { retentionDays: situation.retentionDays } : {}),
  };
  return `/check/#${encodeAnswers(answers)}`;
}
