import { modelForBrowser as defaultModel } from "@/lib/content/model";
import type { Model } from "@/lib/model/model-schema";
import type { Report } from "@/lib/model/report-schema";
import { settings, type SettingId } from "@/lib/model/vocabulary";
import { isOrganizationAudience } from "./audiences";

/** A question that would settle one or more "possible" verdicts, and whom to ask. */
export type QuestionToAsk = { question: string; askWhom?: string };

/**
 * The questions to take to your Primary Owner or IT team: first the unknown settings that change a
 * verdict about your organization, then the open questions the rules themselves raise (a dispute
 * between Anthropic's pages, a fact no source settles). Each appears once.
 */
export function questionsToAsk(report: Report, model: Model = defaultModel): QuestionToAsk[] {
  const possible = report.cells.filter((cell) => cell.verdict === "possible" && isOrganizationAudience(cell.audience));
  const deciding = new Set<SettingId>(possible.flatMap((cell) => cell.dependsOn));
  const fromSettings = settings
    .filter((setting) => deciding.has(setting.id))
    .map((setting) => ({ question: setting.question, askWhom: setting.askWhom }));
  const ruleIds = new Set(possible.flatMap((cell) => cell.rules));
  const fromRules = model.rules
    .filter((rule) => ruleIds.has(rule.id) && rule.verdict === "possible" && rule.question)
    .map((rule) => rule.question!);
  return [...fromSettings, ...[...new Set(fromRules)].map((question) => ({ question }))];
}
