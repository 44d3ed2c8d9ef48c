import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import type { ChangeLink } from "@/lib/changes/related";

/**
 * Short links to change-log entries, each with the day Anthropic's page changed. No server-only import, so
 * the live check (a client component) can render the few links it is given.
 */
export function ChangeLinks({ links, labelledBy }: { links: readonly ChangeLink[]; labelledBy?: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="mt-3 list-disc space-y-1 pl-6">
      {links.map((link) => (
        <li key={link.id}>
          <Link href={link.href}>{link.title}</Link>{" "}
          <span className="text-sm text-muted">
            (changed <FormattedDate iso={link.date} />)
          </span>
        </li>
      ))}
    </ul>
  );
}
