import { useId, useState, type DragEvent } from "react";
import { withBasePath } from "@/lib/site/base-path";

/** A made-up example file the page can load. */
export type Sample = { file: string; label: string };

/**
 * The three ways in: choose a file, drop one, or paste text; plus the made-up examples. The file input is
 * the keyboard and screen-reader path; the drop area only adds dragging for those who use it.
 */
export function FileChooser({
  samples,
  busy,
  onFile,
  onText,
}: {
  samples: readonly Sample[];
  busy: boolean;
  onFile: (file: File) => void;
  onText: (text: string) => void;
}) {
  const inputId = useId();
  const pasteId = useId();
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState("");
  const [sampleError, setSampleError] = useState("");

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };

  const loadSample = async (sample: Sample) => {
    setSampleError("");
    try {
      // The example comes from this site itself; it is the only request the decoder ever makes.
      const response = await fetch(withBasePath(`/samples/${sample.file}`));
      if (!response.ok) throw new Error(String(response.status));
      const blob = await response.blob();
      onFile(new File([blob], sample.file, { type: blob.type }));
    } catch {
      setSampleError(`The example ${sample.file} could not be loaded.`);
    }
  };

  return (
    <section aria-labelledby="decode-input-heading" className="no-print max-w-3xl space-y-5">
      <h2 id="decode-input-heading" className="text-2xl font-semibold">
        Read a file
      </h2>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={`rounded-lg border-2 border-dashed p-6 ${dragging ? "border-accent bg-surface" : "border-line"}`}
      >
        <label htmlFor={inputId} className="block font-medium">
          Choose an audit-log CSV or an Activity Feed JSON or JSON Lines file
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.json,.jsonl,.ndjson,.txt,text/csv,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = "";
          }}
          className="mt-2 block w-full text-sm file:mr-3 file:rounded file:border file:border-line file:bg-surface file:px-3 file:py-2 file:font-semibold file:text-fg"
        />
        <p className="mt-2 text-sm text-muted">Or drop the file anywhere in this box.</p>
      </div>

      <div>
        <label htmlFor={pasteId} className="block font-medium">
          Or paste the text of an export
        </label>
        <textarea
          id={pasteId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={4}
          spellCheck={false}
          className="mt-2 block w-full rounded border border-line bg-bg p-2 font-mono text-sm"
        />
        <button
          type="button"
          disabled={busy || text.trim() === ""}
          onClick={() => onText(text)}
          className="mt-2 rounded bg-accent px-4 py-2 font-semibold text-accent-fg disabled:opacity-60"
        >
          Read pasted text
        </button>
      </div>

      <div>
        <h3 className="font-medium">Try an example</h3>
        <p className="text-sm text-muted">Made-up files with fictional people, to see what the page shows.</p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {samples.map((sample) => (
            <li key={sample.file}>
              <button
                type="button"
                disabled={busy}
                onClick={() => void loadSample(sample)}
                className="rounded border border-line px-3 py-2 text-sm font-semibold"
              >
                Try an example: {sample.label}
              </button>
            </li>
          ))}
        </ul>
        {sampleError && (
          <p role="alert" className="mt-2 text-sm">
            {sampleError}
          </p>
        )}
      </div>
    </section>
  );
}
