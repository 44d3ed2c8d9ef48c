"use client";

import { useEffect, useRef } from "react";

/**
 * A visible "Updated" beside the report's summary once the person's answers have changed it, with a
 * short flash each time (none when the person asks for reduced motion). Screen readers hear the change
 * through the check's live region, so this word is for the eyes.
 */
export function UpdatedCue({ revision }: { revision: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || revision === 0 || window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    // From the next frame: the answer itself is drawn first.
    const frame = requestAnimationFrame(() =>
      element.animate(
        [
          { transform: "scale(1.25)", opacity: 0.4 },
          { transform: "scale(1)", opacity: 1 },
        ],
        {
          duration: 400,
          easing: "ease-out",
        },
      ),
    );
    return () => cancelAnimationFrame(frame);
  }, [revision]);
  if (revision === 0) return null;
  return (
    <span ref={ref} className="inline-block rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-accent-fg">
      Updated
    </span>
  );
}
