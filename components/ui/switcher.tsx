"use client";

import { useId, useState, type ReactNode } from "react";
import { useHydrated } from "@/components/use-browser-value";

export type SwitcherOption = { id: string; label: string; body: ReactNode };

type Props = {
  /** The question the radio buttons answer; it is the fieldset's legend. */
  legend: string;
  options: readonly SwitcherOption[];
  /** The option shown in the server HTML and before any choice. */
  defaultId: string;
  /** Words before the chosen option's label above the panel, such as "Signed in with". */
  panelPrefix?: string;
};

/**
 * A set of radio buttons and the panel for the chosen one. The panels are rendered on the server (with their
 * citations), so without JavaScript the default panel reads as static text; the radios stay disabled until
 * the page is interactive, so they never promise what they cannot do.
 */
export function Switcher({ legend, options, defaultId, panelPrefix }: Props) {
  const [chosen, setChosen] = useState(defaultId);
  const hydrated = useHydrated();
  const name = useId();
  const option = options.find((candidate) => candidate.id === chosen) ?? options[0]!;
  return (
    <div className="not-prose my-6 rounded-lg border border-line p-4">
      <fieldset>
        <legend className="font-semibold">{legend}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {options.map((candidate) => (
            <label key={candidate.id} className="flex items-center gap-2">
              <input
                type="radio"
                name={name}
                value={candidate.id}
                checked={candidate.id === chosen}
                disabled={!hydrated}
                onChange={() => setChosen(candidate.id)}
                className="size-4 accent-[var(--color-accent)]"
              />
              {candidate.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite" className="mt-4 border-t border-line pt-3">
        <p className="font-semibold">{panelPrefix ? `${panelPrefix} ${option.label}` : option.label}</p>
        <div className="mt-2 space-y-2">{option.body}</div>
      </div>
    </div>
  );
}
