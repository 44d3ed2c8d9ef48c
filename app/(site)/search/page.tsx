import type { Metadata } from "next";
import Link from "next/link";
import { SiteSearch } from "@/components/search/site-search";
import { sitePages } from "@/content/site";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every page of this guide. The search runs in your browser from a file on this site.",
};

export default function SearchPage() {
  return (
    <div className="prose-site">
      <h1 className="text-3xl font-bold sm:text-4xl">Search</h1>
      <p>
        The search runs in your browser, over an index made from this site&rsquo;s pages as they are published: nothing
        you type is sent anywhere. It finds words by their beginning, forgives a typo, and leads to the section where
        the words are.
      </p>
      <SiteSearch />
      <h2>All pages</h2>
      <ul>
        {sitePages
          .filter((page) => page.href !== "/search/")
          .map((page) => (
            <li key={page.href}>
              <Link href={page.href}>{page.label}</Link>
            </li>
          ))}
      </ul>
    </div>
  );
}
