import Link from "next/link";
import { latestClaimVerification } from "@/lib/site/latest-claim-verification";
import { FormattedDate } from "@/components/formatted-date";

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-col gap-3 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between sm:px-6">
        <p>
          Facts last verified <FormattedDate iso={latestClaimVerification()} /> against Anthropic&rsquo;s published
          pages.{" "}
          <Link href="/sources/" prefetch={false}>
            See every source
          </Link>{" "}
          and{" "}
          <Link href="/changes/" prefetch={false}>
            what changed
          </Link>
          .
        </p>
        <p>
          <Link href="/privacy/" prefetch={false}>
            Privacy of this site
          </Link>
          : no tracking, no cookies, your answers stay in your browser.
        </p>
      </div>
    </footer>
  );
}
