// zod's small build: this module ships to the browser with the check.
import * as z from "zod/mini";
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "@/lib/model/limits";
import {
  accountIds,
  behaviourIds,
  partnerCloudIds,
  settingIds,
  surfaceIds,
  type SettingId,
} from "@/lib/model/vocabulary";
import type { Answers } from "./answers";
import { fileAnswerKeys, type FileAnswerKey } from "./from-files";

/*
 * Answers travel in the URL fragment (after "#"), which browsers never send to the server: a shared or
 * bookmarked report reopens as it was, and no server log ever records what someone answered.
 * Format: account=enterprise&surfaces=claude-apps,cowork&behaviours=incognito&compliance-api=yes&retention-days=90
 * A link from "What does this computer send?" adds from-files=account,otel-monitoring: which answers its files gave.
 *
 * The two multiple-choice questions, surfaces and behaviours, each have three states:
 * - a list ("surfaces=claude-apps,cowork"): answered, and the items not listed are "no", as links have
 *   always meant;
 * - "none" ("behaviours=none"): answered "None of these";
 * - no key at all, or an empty value: not answered. The check then asks the question and holds the report
 *   until it is answered, rather than read it as "no". Links written before "none" existed left the key out
 *   when nothing applied; they open with that one question to answer, and mislead nobody.
 */

/** Longer input is not a link this site made; it is ignored rather than parsed. */
export const MAX_FRAGMENT_LENGTH = 2000;

const accountParam = z.enum(accountIds);
const cloudParam = z.enum(partnerCloudIds);
const surfaceParam = z.enum(surfaceIds);
const behaviourParam = z.enum(behaviourIds);
const answerParam = z.enum(["yes", "no", "unknown"]);
const daysParam = z.coerce.number().check(z.int(), z.minimum(MIN_RETENTION_DAYS), z.maximum(MAX_RETENTION_DAYS));
const settingKeys = new Set<string>(settingIds);
const fileAnswerParam = z.enum(fileAnswerKeys);

/** Answers read from a URL, with a plain notice for every part that could not be used. */
export type DecodedAnswers = { answers: Answers; notices: string[] };

const quote = (text: string) => `\u201c${text.length > 60 ? `${text.slice(0, 60)}\u2026` : text}\u201d`;

/** The value that answers a multiple-choice question with "None of these". */
export const NONE = "none";

/** Reads answers from a fragment or query string ("#a=b", "?a=b" or "a=b"). Never throws. */
export function decodeAnswers(raw: string): DecodedAnswers {
  const answers: Answers = { settings: {} };
  const notices: string[] = [];
  const text = raw.replace(/^[#?]/, "");
  if (text.length > MAX_FRAGMENT_LENGTH) {
    return { answers, notices: ["The link is too long to be one of this site's reports, so it was ignored."] };
  }
  const ignored = (key: string, value: string, why: string) => notices.push(`Ignored ${key}=${quote(value)}: ${why}.`);
  for (const [key, value] of new URLSearchParams(text)) {
    if (key === "account") {
      const parsed = accountParam.safeParse(value);
      if (parsed.success) answers.account = parsed.data;
      else ignored(key, value, "not an account this check knows");
    } else if (key === "cloud") {
      const parsed = cloudParam.safeParse(value);
      if (parsed.success) answers.partnerCloud = parsed.data;
      else ignored(key, value, "not a partner cloud this check knows");
    } else if (key === "surfaces") {
      const list = readList(key, value, surfaceParam, ignored);
      if (list) answers.surfaces = [...new Set([...(answers.surfaces ?? []), ...list])];
    } else if (key === "behaviours") {
      const list = readList(key, value, behaviourParam, ignored);
      if (list) answers.behaviours = [...new Set([...(answers.behaviours ?? []), ...list])];
    } else if (key === "retention-days") {
      const parsed = daysParam.safeParse(value);
      if (parsed.success) answers.retentionDays = parsed.data;
      else
        ignored(
          key,
          value,
          `a retention period is a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`,
        );
    } else if (key === "from-files") {
      for (const item of value.split(",").filter(Boolean)) {
        const parsed = fileAnswerParam.safeParse(item);
        if (!parsed.success) ignored(key, item, "not an answer the files can give");
        else if (!answers.fromFiles?.includes(parsed.data))
          answers.fromFiles = [...(answers.fromFiles ?? []), parsed.data];
      }
    } else if (settingKeys.has(key)) {
      const parsed = answerParam.safeParse(value);
      if (parsed.success) answers.settings[key as SettingId] = parsed.data;
      else ignored(key, value, "the answer must be yes, no or unknown");
    } else {
      notices.push(`Ignored ${quote(key)}: not a question this check asks.`);
    }
  }
  return { answers, notices };
}

/**
 * One multiple-choice answer: the known items, in the order given, or an empty list for "none".
 * Undefined when nothing usable is left, so a list of unknown items reads as not answered.
 */
function readList<T extends string>(
  key: string,
  value: string,
  schema: z.ZodMiniType<T>,
  ignored: (key: string, value: string, why: string) => void,
): T[] | undefined {
  const items = value.split(",").filter(Boolean);
  if (items.length === 1 && items[0] === NONE) return [];
  const known: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) known.push(parsed.data);
    else ignored(key, item, `not one of the ${key} this check knows`);
  }
  return known.length > 0 ? known : undefined;
}

/** Writes answers as a fragment body (without "#"), in a fixed order so equal answers give equal links. */
export function encodeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  if (answers.account) params.set("account", answers.account);
  if (answers.partnerCloud) params.set("cloud", answers.partnerCloud);
  const inOrder = <T extends string>(chosen: readonly T[], order: readonly T[]) =>
    order.filter((id) => chosen.includes(id));
  const list = <T extends string>(chosen: readonly T[], order: readonly T[]) =>
    chosen.length > 0 ? inOrder(chosen, order).join(",") : NONE;
  if (answers.surfaces) params.set("surfaces", list(answers.surfaces, surfaceIds));
  if (answers.behaviours) params.set("behaviours", list(answers.behaviours, behaviourIds));
  for (const id of settingIds) {
    const answer = answers.settings[id];
    if (answer) params.set(id, answer);
  }
  if (answers.retentionDays !== undefined) params.set("retention-days", String(answers.retentionDays));
  const fromFiles = fileAnswerKeys.filter((key: FileAnswerKey) => answers.fromFiles?.includes(key));
  if (fromFiles.length > 0) params.set("from-files", fromFiles.join(","));
  // Commas are safe in a fragment; keeping them unescaped makes links readable.
  return params.toString().replace(/%2C/g, ",");
}
