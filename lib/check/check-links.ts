/** Links into the check: a preset's report page, and the questionnaire with a situation's answers filled in. */
import type { Situation } from "@/lib/model/situation-schema";
import type { Answers } from "./answers";
import { encodeAnswers } from "./url-state";

export const presetPath = (id: string) => `/check/report/${id}/`;

/** The check's link with a preset's answers filled in, so a reader can adjust them. */
export function presetCheckLink(preset: { situation: Situation }): string {
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
