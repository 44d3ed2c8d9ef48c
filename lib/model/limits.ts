/** Anthropic's minimum custom retention period, in days. */
export const MIN_RETENTION_DAYS = 30;

/** The longest retention period the check accepts (a hundred years): anything longer is a typo. */
export const MAX_RETENTION_DAYS = 36500;

/** Whether a number is a retention period the check accepts: whole days within the limits above. */
export function isRetentionDays(days: number): boolean {
  return Number.isInteger(days) && days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS;
}
