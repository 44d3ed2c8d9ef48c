"use client";

import type { ReactNode } from "react";

/**
 * A link to a heading further down the page that moves there and puts focus on it, without touching the
 * address: on the check page the fragment holds the answers. The target needs tabIndex={-1}.
 */
export function JumpLink({ target, className, children }: { target: string; className?: string; children: ReactNode }) {
  return (
    <a
      href={`#${target}`}
      className={className}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (!element) return;
        event.preventDefault();
        element.scrollIntoView({ block: "start" });
        element.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
