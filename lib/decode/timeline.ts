/** Groups daily counts into periods a person can read at a glance: days, weeks or months. */
import type { DayCount } from "./summary";

export type Period = { label: string; count: number };
export type Granularity = "day" | "week" | "month";

const DAY = 86_400_000;

/** Days for a span up to two months, weeks (starting Monday) up to a year, months beyond. */
export function granularityFor(days: readonly DayCount[]): Granularity {
  if (days.length < 2) return "day";
  const span = (Date.parse(days.at(-1)!.day) - Date.parse(days[0]!.day)) / DAY;
  return span <= 62 ? "day" : span <= 366 ? "week" : "month";
}

function periodOf(day: string, granularity: Granularity): string {
  if (granularity === "day") return day;
  if (granularity === "month") return day.slice(0, 7);
  const time = Date.parse(day);
  const monday = time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;
  return `week of ${new Date(monday).toISOString().slice(0, 10)}`;
}

/** The counts per period, in order, including empty periods between days (only for days, to keep it short). */
export function timeline(days: readonly DayCount[], granularity = granularityFor(days)): Period[] {
  const periods = new Map<string, number>();
  if (granularity === "day" && days.length > 0) {
    for (let time = Date.parse(days[0]!.day); time <= Date.parse(days.at(-1)!.day); time += DAY)
      periods.set(new Date(time).toISOString().slice(0, 10), 0);
  }
  for (const { day, count } of days) {
    const label = periodOf(day, granularity);
    periods.set(label, (periods.get(label) ?? 0) + count);
  }
  return [...periods].map(([label, count]) => ({ label, count }));
}

/** A duration in words: "3 seconds", "2 hours 5 minutes", "1 day 4 hours". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "minus " : "";
  let rest = Math.round(Math.abs(ms) / 1000);
  const parts: [number, string][] = [
    [Math.floor(rest / 86_400), "day"],
    [Math.floor((rest %= 86_400) / 3600), "hour"],
    [Math.floor((rest %= 3600) / 60), "minute"],
    [rest % 60, "second"],
  ];
  const shown = parts.filter(([n]) => n > 0).slice(0, 2);
  if (shown.length === 0) return "0 seconds";
  return sign + shown.map(([n, unit]) => `${n} ${unit}${n === 1 ? "" : "s"}`).join(" ");
}
