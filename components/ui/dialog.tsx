"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ComponentPropsWithoutRef, ReactNode } from "react";

export const Dialog = DialogPrimitive.Root;

/**
 * The one styled dialog of the site. A title and a description are required, so every dialog has an
 * accessible name and tests can find it with `getByRole("dialog", { name })`. Radix traps focus inside,
 * closes on Escape and returns focus to the trigger.
 */
export function DialogContent({
  title,
  description,
  children,
  ...props
}: ComponentPropsWithoutRef<typeof DialogPrimitive.Content> & { title: ReactNode; description: ReactNode }) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50" />
      <DialogPrimitive.Content
        {...props}
        className="fixed top-1/2 left-1/2 z-50 max-h-[85vh] w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg border border-line bg-bg p-6 text-fg shadow-xl focus:outline-none"
      >
        <DialogPrimitive.Title className="pr-10 text-xl font-semibold">{title}</DialogPrimitive.Title>
        <DialogPrimitive.Description className="mt-3 leading-relaxed">{description}</DialogPrimitive.Description>
        {children}
        <DialogPrimitive.Close className="absolute top-4 right-4 rounded px-2 py-1 text-sm font-medium text-fg underline hover:text-accent">
          Close
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
