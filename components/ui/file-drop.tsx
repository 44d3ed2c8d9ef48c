import { useId, useState, type ReactNode } from "react";

/**
 * A file input inside a box that also takes dropped files. The input is the keyboard and screen-reader
 * path; the drop area only adds dragging for those who use it. Files go to `onFiles` as they arrive.
 */
export function FileDrop({
  label,
  hint,
  accept,
  multiple,
  disabled,
  onFiles,
}: {
  label: ReactNode;
  hint: ReactNode;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles(Array.from(event.dataTransfer.files));
      }}
      className={`rounded-lg border-2 border-dashed p-6 ${dragging ? "border-accent bg-surface" : "border-line"}`}
    >
      <label htmlFor={inputId} className="block font-medium">
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        multiple={multiple}
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          event.target.value = "";
        }}
        className="mt-2 block w-full text-sm file:mr-3 file:rounded file:border file:border-line file:bg-surface file:px-3 file:py-2 file:font-semibold file:text-fg"
      />
      <p className="mt-2 text-sm text-muted">{hint}</p>
    </div>
  );
}

/** A box for pasted text and the button that reads it; the page keeps the text, so it decides when to clear it. */
export function PasteBox({
  label,
  rows,
  value,
  disabled,
  onChange,
  onRead,
}: {
  label: ReactNode;
  rows: number;
  value: string;
  disabled?: boolean;
  onChange: (text: string) => void;
  onRead: () => void;
}) {
  const pasteId = useId();
  return (
    <div>
      <label htmlFor={pasteId} className="block font-medium">
        {label}
      </label>
      <textarea
        id={pasteId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={rows}
        spellCheck={false}
        className="mt-2 block w-full rounded border border-line bg-bg p-2 font-mono text-sm"
      />
      <button
        type="button"
        disabled={disabled || value.trim() === ""}
        onClick={onRead}
        className="mt-2 rounded bg-accent px-4 py-2 font-semibold text-accent-fg disabled:opacity-60"
      >
        Read pasted text
      </button>
    </div>
  );
}
