"use client";

import Link from "next/link";
import type { RefObject } from "react";
import { DialogContent, Dialog } from "@/components/ui/dialog";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  term: string;
  definition: string;
  href: string;
  /** The link that opened the dialog: focus goes back to it on close. */
  returnFocusTo: RefObject<HTMLAnchorElement | null>;
};

/** The definition of a glossary term, in the site's dialog. Loaded on the first open (see GlossaryTerm). */
export default function GlossaryDialog({ open, onOpenChange, term, definition, href, returnFocusTo }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={term}
        description={definition}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <p className="mt-4 text-sm">
          <Link href={href} onClick={() => onOpenChange(false)}>
            See it in the glossary
          </Link>
        </p>
      </DialogContent>
    </Dialog>
  );
}
