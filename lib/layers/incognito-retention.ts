import { isRetentionDays, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "@/lib/model/limits";
import { wholeNumber } from "@/lib/site/whole-number";

/** Anthropic's default for incognito chats, in days. */
export const INCOGNITO_DEFAULT_DAYS = 30;

export type RetentionReading =
  { kind: "invalid"; message: string } | { kind: "days"; days: number; longerThanDefault: boolean };

/**
 * How long an incognito chat stays retrievable by the organization under a custom retention period:
 * 30 days, or longer when the organization keeps data longer. Input is what the reader typed.
 */
export function incognitoRetention(input: string): RetentionReading {
  const days = Number(input);
  if (input.trim() === "" || !Number.isInteger(days))
    return { kind: "invalid", message: "Enter a whole number of days." };
  if (days < MIN_RETENTION_DAYS)
    return { kind: "invalid", message: `A custom retention period is at least ${MIN_RETENTION_DAYS} days.` };
  if (!isRetentionDays(days))
    return {
      kind: "invalid",
      message: `Enter at most ${wholeNumber(MAX_RETENTION_DAYS)} days (100 years).`,
    };
  const kept = Math.max(days, INCOGNITO_DEFAULT_DAYS);
  return { kind: "days", days: kept, longerThanDefault: kept > INCOGNITO_DEFAULT_DAYS };
}
