import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmbedBridge } from "@/components/embed/embed-bridge";
import { OrgNotice } from "@/components/org/org-notice";
import { EMBED_CONTENT_ID } from "@/lib/embed/messages";
import { linksLeaveInNewTab } from "@/lib/embed/new-tab-script";

// Embed views duplicate pages of the site; search engines should index the originals.
export const metadata: Metadata = { robots: { index: false, follow: true } };

/** Pages made for an iframe: no header, navigation or footer, just the content and the notice. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {/* First in the page, so that links out of it open in a new tab from the start. */}
      <script dangerouslySetInnerHTML={{ __html: linksLeaveInNewTab }} />
      {/* Measured for the parent page: the body stretches to the frame, so its own height would never shrink. */}
      <div id={EMBED_CONTENT_ID}>
        <OrgNotice compact />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-6 focus:outline-none sm:px-6">
          {children}
        </main>
      </div>
      <EmbedBridge />
    </>
  );
}
