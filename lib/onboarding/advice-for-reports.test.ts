import { describe, expect, it } from "vitest";
import { advice } from "@/content/check/advice";
import { onePagerNotes } from "@/content/onboarding/typical-use";
import { model } from "@/lib/model/model";
import { onboardingAdvice, onboardingNotes } from "@/lib/content/one-pager";
import { onboardingColumns } from "@/lib/content/one-pager";

const reports = () => onboardingColumns().map((column) => column.report);

describe("onboardingAdvice", () => {
  it("gives the advice of any column once, in the authored order", () => {
    const ids = onboardingAdvice(reports()).map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(advice.map((item) => item.id).filter((id) => ids.includes(id)));
    expect(ids).toContain("personal-matters");
    // Renaming is recorded only on Enterprise, so the advice comes from the Enterprise column alone.
    expect(ids).toContain("titles-are-text");
  });
});

describe("onboardingNotes", () => {
  it("names only notes the model has", () => {
    const known = new Set(model.notes.map((note) => note.id));
    for (const id of onePagerNotes) expect(known).toContain(id);
  });

  it("shows the chosen notes once, in the chosen order", () => {
    expect(onboardingNotes(reports()).map((note) => note.id)).toEqual([...onePagerNotes]);
  });
});
