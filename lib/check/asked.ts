/**
 * Which questions the check asks, derived from the rules rather than listed by hand: a question is asked
 * only when its answer can change this person's report (`canChangeReport` in the engine). The order starts
 * with what people know: the plan and the products (always asked), then what they do in the Claude apps,
 * then their organization's settings. Each question is judged with the answers before it held fixed and
 * every question after it left open, so an answer can only ever hide questions that come after it, and a
 * hidden question's answer cannot change the report whatever it is.
 */
import { canChangeReport, type OpenSituation } from "@/lib/engine/relevance";
import type { Answer } from "@/lib/model/situation-schema";
import { behaviourIds, settingIds, type BehaviourId, type SettingId } from "@/lib/model/vocabulary";
import { recentResults } from "@/lib/engine/recent-results";

/**
 * The activities worth asking about once the account and products are known: each one that, ticked or
 * not, can change the report for some answer to the settings. Empty when none can, and then the
 * question is not asked at all.
 */
export function behavioursToAsk(known: Pick<OpenSituation, "account" | "partnerCloud" | "surfaces">): BehaviourId[] {
  // Asked again on every answer, though only the account and products decide it.
  const asked = behavioursAsked(JSON.stringify([known.account, known.partnerCloud, known.surfaces]), () => {
    const open: OpenSituation = { ...known, settings: {} };
    return behaviourIds.filter((id) => canChangeReport(open, { kind: "behaviour", id }));
  });
  return [...asked];
}

/** `behavioursToAsk`'s answers so far, by account and products. */
const behavioursAsked = recentResults<readonly BehaviourId[]>(64);

/**
 * The settings questions, given the settings that describe the person's own account
 * (content/check/questions.ts): those are asked first, then the organization's.
 */
export function settingQuestions(ownAccountSettings: readonly SettingId[]) {
  /** Settings in the order the check asks them: the person's own account first, then the organization's. */
  const settingOrder: readonly SettingId[] = [
    ...ownAccountSettings,
    ...settingIds.filter((id) => !ownAccountSettings.includes(id)),
  ];

  /**
   * The settings worth asking about, in `settingOrder`: each is judged with the settings asked before it
   * as answered, the organization's statements (`fixed`) as given, and the rest open. A statement is
   * listed like a question when it matters, so the person sees what the report rests on.
   */
  function settingsToAsk(
    known: Pick<OpenSituation, "account" | "partnerCloud" | "surfaces" | "behaviours">,
    answers: Partial<Record<SettingId, Answer>>,
    fixed: Partial<Record<SettingId, "yes" | "no">> = {},
  ): SettingId[] {
    const given: Partial<Record<SettingId, Answer>> = { ...fixed };
    const asked: SettingId[] = [];
    for (const id of settingOrder) {
      if (!canChangeReport({ ...known, settings: given }, { kind: "setting", id })) continue;
      asked.push(id);
      given[id] = fixed[id] ?? answers[id] ?? "unknown";
    }
    return asked;
  }

  return { settingOrder, settingsToAsk };
}
