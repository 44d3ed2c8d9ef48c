import { formatIsoDate } from "@/lib/site/format-date";

/** An ISO date shown in words, with the machine-readable value kept in `dateTime`. */
export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatIsoDate(iso)}</time>;
}
