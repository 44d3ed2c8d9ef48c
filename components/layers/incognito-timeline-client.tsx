"use client";

import { useId, useState, type ReactNode } from "react";
import { INCOGNITO_DEFAULT_DAYS, incognitoRetention } from "@/lib/incognito-retention";
import { useHydrated } from "./use-hydrated";

type Props = { defaultDays: number; citations: ReactNode };

function Bar({ label, days, max }: { label: string; days: number; max: number }) {
  return (
    <div>
      <p className="text-sm">
        {label}: <strong>{days.toLocaleString("en-GB")} days</strong>
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
export function IncognitoTimeline({ defaultDays, citations }: Props) {
  const [input, setInput] = useState(String(defaultDays));
  const hydrated = useHydrated();
  const id = useId();
  const reading = incognitoRetention(input);
  const max = reading.kind === "days" ? Math.max(reading.days, INCOGNITO_DEFAULT_DAYS) : INCOGNITO_DEFAULT_DAYS;
  return (
    <div className="not-prose my-6 rounded-lg border border-line p-4">
      <label htmlFor={id} className="block font-semibold">
        Your organization&rsquo;s custom retention period, in days
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={30}
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
            <Bar label="Kept in your own chat history" days={0} max={max} />
            <Bar label="Anthropic's default for incognito chats" days={INCOGNITO_DEFAULT_DAYS} max={max} />
            <Bar label="Retrievable by your organization under this period" days={reading.days} max={max} />
            <p>
              {reading.longerThanDefault
                ? `With a ${reading.days}-day period, an incognito chat can stay in exports and the Compliance API for ${reading.days} days, not 30.`
                : "With a 30-day period, an incognito chat stays retrievable for 30 days."}
              {citations}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
