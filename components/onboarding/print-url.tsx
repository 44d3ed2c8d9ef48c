import Link from "next/link";
import type { ReactNode } from "react";
import { printedAddress } from "@/lib/site/site-url";
import { SiteAddress } from "./site-address";

/** On paper only: the full address of a link, since "click here" means nothing in a printed copy. */
export function PrintUrl({ url }: { url: ReactNode }) {
  return <span className="hidden text-[0.85em] break-all text-muted print:inline"> ({url})</span>;
}

/**
 * The address of a page of this site, for paper: the origin the page is served from once the script
 * runs, and until then (or without JavaScript) the configured site URL or, failing that, the path.
 */
export function PrintedSiteAddress({ path }: { path: string }) {
  return <SiteAddress path={path} fallback={printedAddress(path)} />;
}

/**
 * A link to a page of this site that carries its full address when printed. `href` is a site path
 * without the base path; next/link adds it on screen, `PrintedSiteAddress` on paper.
 */
export function SiteLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <>
      <Link href={href} className={className}>
        {children}
      </Link>
      <PrintUrl url={<PrintedSiteAddress path={href} />} />
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
