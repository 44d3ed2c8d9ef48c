import { useId, useState } from "react";
import { questions } from "@/content/check/questions";
import { isRetentionDays, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from "@/lib/model/limits";

/**
 * The retention period in days. What the person types is kept as typed; only a whole number in range
 * reaches the answers, and anything else gets a message beside the field instead of a silent change.
 */
export function RetentionDaysInput({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (days: number | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const days = Number(text);
  const valid = text === "" || isRetentionDays(days);
  // Back and forward can change the answer from outside; a valid entry then shows the answer's value.
  const shown = valid && text !== "" && days !== value ? (value === undefined ? "" : String(value)) : text;
  return (
    <div className="pl-4">
      <label htmlFor={id} className="block font-medium">
        {questions.retentionDays.label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {questions.retentionDays.hint}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={MIN_RETENTION_DAYS}
        max={MAX_RETENTION_DAYS}
        step={1}
        value={shown}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint${valid ? "" : ` ${id}-error`}`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = Number(next);
          if (next === "") onChange(undefined);
          else if (isRetentionDays(parsed)) onChange(parsed);
        }}
        className="mt-1 w-32 rounded border border-line bg-bg px-2 py-1"
      />
      {!valid && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-yes">
          Enter a whole number of days from {MIN_RETENTION_DAYS} to {MAX_RETENTION_DAYS}.
        </p>
      )}
    </div>
  );
}
