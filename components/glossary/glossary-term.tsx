"use client";

import Link from "next/link";
import { lazy, Suspense, useRef, useState, type ReactNode } from "react";

// The dialog code loads on the first open, so a page full of terms does not carry it before anyone asks.
const GlossaryDialog = lazy(() => import("./glossary-dialog"));

type Props = {
  /** Glossary id; the link falls back to its entry on the glossary page. */
  id: string;
  term: string;
  definition: string;
  /** The words shown in the running text; the term itself by default. */
  children?: ReactNode;
};

/**
 * A term in running text. Without JavaScript it is a plain link to the glossary entry; with it, the link
 * opens the definition in a dialog instead, and focus returns to the link when the dialog closes.
 */
export function GlossaryTerm({ id, term, definition, children }: Props) {
  const [open, setOpen] = useState(false);
  // Once opened, the dialog stays mounted, so closing it runs its focus return rather than unmounting it.
  const [wanted, setWanted] = useState(false);
  // The link is not a Radix trigger (it must stay a link without JavaScript), so focus is returned by hand.
  const link = useRef<HTMLAnchorElement>(null);
  const href = `/glossary/#term-${id}`;
  return (
    <>
      <Link
        ref={link}
        href={href}
        aria-haspopup="dialog"
        className="text-fg decoration-dotted decoration-2 underline-offset-4 hover:text-accent"
        onClick={(event) => {
          // A modified click (new tab, new window) keeps its usual meaning.
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          setWanted(true);
          setOpen(true);
        }}
      >
        {children ?? term}
      </Link>
      {wanted && (
        <Suspense fallback={null}>
          <GlossaryDialog
            open={open}
            onOpenChange={setOpen}
            term={term}
            definition={definition}
            href={href}
            returnFocusTo={link}
          />
        </Suspense>
      )}
    </>
  );
}
