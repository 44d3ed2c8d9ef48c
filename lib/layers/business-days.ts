/**
 * Business days, the unit of Access Transparency's delivery delay: Saturday and Sunday do not count; public
 * holidays are not known, so they count as business days. The explainer counts by weekday name, the decoder
 * by timestamp, both with this one rule.
 */

const DAY = 86_400_000;

/** Whether a day is a business day, by its number as `Date.prototype.getUTCDay` gives it (0 is Sunday). */
export function isBusinessDay(weekday: number): boolean {
  return weekday !== 0 && weekday !== 6;
}

/** The moment `days` business days after `time`, counting whole days in UTC. */
export function addBusinessDays(time: number, days: number): number {
  let result = time;
  let left = days;
  while (left > 0) {
    result += DAY;
    if (isBusinessDay(new Date(result).getUTCDay())) left -= 1;
  }
  return result;
}

export const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] as const;
export type Weekday = (typeof weekdays)[number];

/** A Monday at midnight UTC (5 January 2026), from which a weekday name becomes a moment to count from. */
const A_MONDAY = Date.UTC(2026, 0, 5);

/** The weekday two business days after `day`. */
export function twoBusinessDaysAfter(day: Weekday): Weekday {
  const later = new Date(addBusinessDays(A_MONDAY + weekdays.indexOf(day) * DAY, 2)).getUTCDay();
  return weekdays[later - 1]!;
}
