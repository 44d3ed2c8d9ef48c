import { summaryCsv, summaryJson, type ExportMeta } from "@/lib/decode/export";
import type { DecodeResult } from "@/lib/decode/session";
import { cataloguedResult, typeMeanings, type CatalogueIndex } from "@/lib/decode/view";

/** Saves text as a file through a Blob URL: the browser writes it to disk, nothing is sent. */
function save(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Download the summary as JSON or CSV, or print the page. */
export function Downloads({ name, result, entries }: { name: string; result: DecodeResult; entries: CatalogueIndex }) {
  const meta = (): ExportMeta => ({
    fileName: name,
    madeAt: new Date().toISOString(),
    meanings: typeMeanings(result.summary, entries),
  });
  const base = `summary-of-${name.replace(/[^\w.-]+/g, "-").replace(/\.[^.]*$/, "")}`;
  return (
    <div className="no-print">
      <h3 className="text-xl font-semibold">Keep or share this summary</h3>
      <p className="mt-1 text-sm text-muted">
        Made in this page from what is shown above; saving it sends nothing anywhere.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() =>
            save(summaryJson(cataloguedResult(result, entries), meta()), `${base}.json`, "application/json")
          }
          className="rounded bg-accent px-4 py-2 font-semibold text-accent-fg"
        >
          Download summary (JSON)
        </button>
        <button
          type="button"
          onClick={() => save(summaryCsv(result, meta()), `${base}.csv`, "text/csv")}
          className="rounded bg-accent px-4 py-2 font-semibold text-accent-fg"
        >
          Download summary (CSV)
        </button>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded border border-line px-4 py-2 font-semibold"
        >
          Print
        </button>
      </div>
    </div>
  );
}
