import { useState } from "react";
import { withBasePath } from "@/lib/site/base-path";

/** A made-up example file the page can load. */
export type Sample = { file: string; label: string };

/** Buttons that load the made-up examples from this site and read them like a chosen file. */
export function SampleList({
  samples,
  busy,
  onFile,
}: {
  samples: readonly Sample[];
  busy: boolean;
  onFile: (file: File) => void;
}) {
  const [sampleError, setSampleError] = useState("");

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
  );
}
