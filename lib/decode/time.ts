/**
 * Timestamps in the exports. Activity Feed times are RFC 3339; the audit-log help page does not say how
 * `created_at` is written, so a date and time without a zone is read as UTC rather than the reader's zone.
 */
const noZone = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const startsLikeDate = /^\d{4}-\d{2}-\d{2}/;

/** Milliseconds since 1970 for a timestamp, or null when the text is not one. */
export function parseTime(text: string): number | null {
  const trimmed = text.trim();
  if (!startsLikeDate.test(trimmed)) return null;
  const time = Date.parse(noZone.test(trimmed) ? `${trimmed.replace(" ", "T")}Z` : trimmed);
  return Number.isNaN(time) ? null : time;
}

/** Used to spot Access Transparency events that arrived later than the documented delay. */
export { addBusinessDays } from "@/lib/layers/business-days";

/** The UTC calendar day of a time, YYYY-MM-DD. */
export function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
