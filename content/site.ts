/** Site-wide copy and the list of pages: what an editor changes without touching components. */
export const site = {
  name: "What can my employer see?",
  description:
    "Who can see what when you use Claude at work: your organization's admins and owners, the tools they connect, and Anthropic. Every answer cited.",
} as const;

/** A fixed page of the site; `nav` puts it in the main navigation. */
export type SitePage = { href: string; label: string; nav: boolean };

/** Every fixed page, in navigation order. The end-to-end suite checks that the sitemap matches the build. */
export const sitePages = [
  { href: "/", label: "Home", nav: true },
  { href: "/check/", label: "Check", nav: true },
  { href: "/decode/", label: "Decode your logs", nav: true },
  { href: "/sources/", label: "Sources and method", nav: true },
  { href: "/glossary/", label: "Glossary", nav: true },
  { href: "/privacy/", label: "Privacy of this site", nav: true },
] as const satisfies readonly SitePage[];

export const mainNav = sitePages.filter((page) => page.nav);
