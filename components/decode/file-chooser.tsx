import { useState } from "react";
import { FileDrop, PasteBox } from "@/components/ui/file-drop";
import { SampleList, type Sample } from "./sample-list";

/** The three ways in: choose a file, drop one, or paste text; plus the made-up examples. */
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
  const [text, setText] = useState("");

  return (
    <section aria-labelledby="decode-input-heading" className="no-print max-w-3xl space-y-5">
      <h2 id="decode-input-heading" className="text-2xl font-semibold">
        Read a file
      </h2>
      <FileDrop
        label="Choose an audit-log CSV or an Activity Feed JSON or JSON Lines file"
        hint="Or drop the file anywhere in this box."
        accept=".csv,.json,.jsonl,.ndjson,.txt,text/csv,application/json"
        disabled={busy}
        onFiles={([file]) => {
          if (file && !busy) onFile(file);
        }}
      />
      <PasteBox
        label="Or paste the text of an export"
        rows={4}
        value={text}
        disabled={busy}
        onChange={setText}
        onRead={() => onText(text)}
      />
      <SampleList samples={samples} busy={busy} onFile={onFile} />
    </section>
  );
}
