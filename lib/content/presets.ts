/** The ready-made situations of content/check/presets.ts, each validated; an invalid one stops the build with its id. */
import { presets as authored, type Preset } from "@/content/check/presets";
import { makeSituation, type Situation } from "@/lib/model/situation-schema";

/** A preset with its situation validated. */
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
