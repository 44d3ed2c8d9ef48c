import { describe, expect, it } from "vitest";
import { presets as authored } from "@/content/check/presets";
import { situationSchema } from "@/lib/model/situation-schema";
import { presetById, presets } from "./presets";

describe("presets", () => {
  it("holds every authored preset, in order, each with a valid situation", () => {
    expect(presets.map((preset) => preset.id)).toEqual(authored.map((preset) => preset.id));
    for (const preset of presets) expect(situationSchema.safeParse(preset.situation).success, preset.id).toBe(true);
  });

  it("has unique ids", () => {
    expect(new Set(presets.map((preset) => preset.id)).size).toBe(presets.length);
  });
});

describe("presetById", () => {
  it("finds a preset, and nothing for an unknown id", () => {
    const [first] = presets;
    expect(presetById(first!.id)).toBe(first);
    expect(presetById("no-such-preset")).toBeUndefined();
  });
});
