import Link from "next/link";
import type { ReactNode } from "react";
import { absoluteUrl } from "@/lib/site-url";

/** On paper only: the full address of a link, since "click here" means nothing in a printed copy. */
export function PrintUrl({ url }: { url: string }) {
  return <span className="hidden text-[0.85em] break-all text-muted print:inline"> ({url})</span>;
}

/**
 * A link to a page of this site that carries its absolute address when printed. `href` is a site path
 * without the base path; next/link adds it on screen, `absoluteUrl` on paper.
 */
export function SiteLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <>
      <Link href={href} className={className}>
        {children}
      </Link>
      <PrintUrl url={absoluteUrl(href)} />
    </>
  );
}

/** A link to another site (the organization's policy or help page), with its address on paper. */
export function OutsideLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <>
      <a href={href}>{children}</a>
      <PrintUrl url={href} />
    </>
  );
}
