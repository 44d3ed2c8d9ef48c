/**
 * The check's question rules over its tables in content/check/questions.ts: which products and activities
 * each account is asked about, and the order of the settings. Safe for the browser.
 */
import { accountsWithApps, ownAccountSettings, surfacesByAccount } from "@/content/check/questions";
import { answerRules, type QuestionTables } from "@/lib/check/answers";
import { settingQuestions } from "@/lib/check/asked";

export const questionTables: QuestionTables = { accountsWithApps, surfacesByAccount };

export const { surfacesFor, asksBehaviours, unansweredQuestions, toSituation } = answerRules(questionTables);

export const { settingOrder, settingsToAsk } = settingQuestions(ownAccountSettings);
