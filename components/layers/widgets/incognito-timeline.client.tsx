"use client";

import { useId, useState, type ReactNode } from "react";
import { useHydrated } from "@/components/use-browser-value";
import { incognitoTimeline as copy } from "@/content/layers/incognito/timeline";
import { INCOGNITO_DEFAULT_DAYS, incognitoRetention } from "@/lib/layers/incognito-retention";
import { MIN_RETENTION_DAYS } from "@/lib/model/limits";
import { wholeNumber } from "@/lib/site/whole-number";

type Props = { defaultDays: number; citations: ReactNode };

function Bar({ label, days, max }: { label: string; days: number; max: number }) {
  return (
    <div>
      <p className="text-sm">
        {label}: <strong>{wholeNumber(days)} days</strong>
      </p>
      {/* An SVG bar, because its width is computed: a style attribute would be blocked by the site's
          Content Security Policy, while SVG's width attribute is plain markup. */}
      <svg className="mt-1 block h-3 w-full" aria-hidden="true" focusable="false">
        <rect width="100%" height="100%" rx="4" className="fill-surface" />
        <rect width={`${Math.max(2, (days / max) * 100)}%`} height="100%" rx="4" className="fill-accent" />
      </svg>
    </div>
  );
}

/** 30 days against a retention period the reader sets, as two bars on one scale. */
export function IncognitoTimelineClient({ defaultDays, citations }: Props) {
  const [input, setInput] = useState(String(defaultDays));
  const hydrated = useHydrated();
  const id = useId();
  const reading = incognitoRetention(input);
  const max = reading.kind === "days" ? Math.max(reading.days, INCOGNITO_DEFAULT_DAYS) : INCOGNITO_DEFAULT_DAYS;
  return (
    <div className="not-prose my-6 rounded-lg border border-line p-4">
      <label htmlFor={id} className="block font-semibold">
        {copy.label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={MIN_RETENTION_DAYS}
        step={1}
        value={input}
        disabled={!hydrated}
        aria-describedby={`${id}-result`}
        onChange={(event) => setInput(event.target.value)}
        className="mt-1 w-40 rounded border border-line bg-bg px-3 py-2"
      />
      <div id={`${id}-result`} aria-live="polite" className="mt-4 space-y-3">
        {reading.kind === "invalid" ? (
          <p className="font-semibold text-no">{reading.message}</p>
        ) : (
          <>
            <Bar label={copy.bars.history} days={0} max={max} />
            <Bar label={copy.bars.anthropicDefault} days={INCOGNITO_DEFAULT_DAYS} max={max} />
            <Bar label={copy.bars.organization} days={reading.days} max={max} />
            <p>
              {reading.longerThanDefault ? copy.longer(reading.days) : copy.notLonger}
              {citations}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
