import { useId } from "react";
import type { ActorSummary } from "@/lib/decode/summary";
import { wholeNumber } from "@/lib/site/whole-number";

/** Chooses whose rows the tables below show: everyone, or one person or actor. */
export function ActorPicker({
  actors,
  value,
  onChange,
}: {
  actors: readonly ActorSummary[];
  value: string;
  onChange: (key: string) => void;
}) {
  const selectId = useId();
  return (
    <div className="no-print">
      <label htmlFor={selectId} className="block font-medium">
        Show what the file records about
      </label>
      <select
        id={selectId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="mt-2 block w-full max-w-md rounded border border-line bg-bg p-2"
      >
        <option value="">Everyone ({wholeNumber(actors.length)} people or actors)</option>
        {actors.map((candidate) => (
          <option key={candidate.key} value={candidate.key}>
            {candidate.key} ({wholeNumber(candidate.count)} rows)
          </option>
        ))}
      </select>
    </div>
  );
}
