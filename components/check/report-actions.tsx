import { useState } from "react";
import { PrintStamp } from "./print-stamp";

/** Copy the report's link, print it; in print, the link and date appear at the top of the report. */
export function ReportActions({ shareUrl }: { shareUrl: string }) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setStatus("Link copied. Anyone who opens it sees this report; your answers are in the link itself.");
    } catch {
      setStatus("Your browser did not allow copying. Copy the address from the address bar instead.");
    }
  };
  return (
    <div className="mt-4">
      <div className="no-print flex flex-wrap gap-3">
        <button type="button" onClick={copy} className="rounded bg-accent px-4 py-2 font-semibold text-accent-fg">
          Copy link to this report
        </button>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded border border-line px-4 py-2 font-semibold text-fg"
        >
          Print
        </button>
      </div>
      <p role="status" className="no-print mt-2 text-sm">
        {status}
      </p>
      <PrintStamp href={shareUrl} />
    </div>
  );
}
