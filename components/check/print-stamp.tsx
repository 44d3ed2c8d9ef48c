"use client";

import { useBrowserValue } from "@/components/use-browser-value";
import { formatIsoDate } from "@/lib/site/format-date";

/**
 * On paper only: where the report came from and when it was printed, so a printed copy can be traced
 * back and dated. The address is read in the browser; `href` overrides it (the check passes its share link).
 */
export function PrintStamp({ href }: { href?: string }) {
  const here = useBrowserValue(() => window.location.href, "");
  const today = useBrowserValue(() => new Date().toISOString().slice(0, 10), "");
  if (!today) return null;
  return (
    <p className="hidden text-sm print:block">
      Printed {formatIsoDate(today)} from {href ?? here}
    </p>
  );
}
