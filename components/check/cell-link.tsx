"use client";

import type { ReactNode } from "react";

/**
 * A link to one verdict's explanation further down the report. With JavaScript it opens that <details>,
 * scrolls to it and moves focus there, without touching the address (on the check page the fragment
 * holds the answers). Without JavaScript it is an ordinary in-page link.
 */
export function CellLink({
  anchor,
  className,
  label,
  children,
}: {
  anchor: string;
  className?: string;
  label?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={`#${anchor}`}
      className={className}
      aria-label={label}
      onClick={(event) => {
        const target = document.getElementById(anchor);
        if (!(target instanceof HTMLDetailsElement)) return;
        event.preventDefault();
        target.open = true;
        target.scrollIntoView({ block: "start" });
        target.querySelector("summary")?.focus();
      }}
    >
      {children}
    </a>
  );
}
