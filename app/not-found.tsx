import type { Metadata } from "next";
import Link from "next/link";
import { SiteChrome } from "@/components/layout/site-chrome";

export const metadata: Metadata = {
  title: "Page not found",
  description: "This address does not match any page of the guide.",
};

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="prose-site">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p>Nothing lives at this address. The page may have moved, or the link may have been mistyped.</p>
        <ul>
          <li>
            <Link href="/">Start from the home page</Link>
          </li>
          <li>
            <Link href="/sources/">Browse every source and claim</Link>
          </li>
        </ul>
      </div>
    </SiteChrome>
  );
}
