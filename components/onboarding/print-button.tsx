"use client";

import { useHydrated } from "@/components/use-browser-value";

/**
 * "Print or save as PDF": the browser's print dialog, where "Save as PDF" is one of the printers. Shown
 * only once JavaScript runs, since without it the button could do nothing; never printed.
 */
export function PrintButton() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-line px-4 py-2 font-semibold text-fg"
    >
      Print or save as PDF
    </button>
  );
}
