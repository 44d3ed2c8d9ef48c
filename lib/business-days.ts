export const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"] as const;
export type Weekday = (typeof weekdays)[number];

/** The weekday two business days after `day` (weekends skipped; holidays are not modelled). */
export function twoBusinessDaysAfter(day: Weekday): Weekday {
  return weekdays[(weekdays.indexOf(day) + 2) % weekdays.length]!;
}
