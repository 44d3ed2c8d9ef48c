const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Formats an ISO date (YYYY-MM-DD) as "22 November 2026".
 * Written out rather than via `Intl` so that server and client render the same text in every locale.
 */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const name = month ? months[month - 1] : undefined;
  if (!year || !name || !day) return iso;
  return `${day} ${name} ${year}`;
}
