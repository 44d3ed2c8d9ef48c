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
  { href: "/layers/", label: "Layers", nav: true },
  { href: "/layers/usage-analytics/", label: "Usage analytics", nav: false },
  { href: "/layers/audit-logs/", label: "Audit logs", nav: false },
  { href: "/layers/exports-and-compliance-api/", label: "Data exports and the Compliance API", nav: false },
  { href: "/layers/incognito/", label: "Incognito chats", nav: false },
  { href: "/layers/claude-code/", label: "Claude Code", nav: false },
  { href: "/layers/anthropic-access/", label: "Anthropic's own access", nav: false },
  { href: "/check/", label: "Check", nav: true },
  { href: "/questions/", label: "Questions people ask", nav: false },
  { href: "/onboarding/", label: "One-pager for new staff", nav: false },
  { href: "/decode/", label: "Decode your logs", nav: true },
  { href: "/computer/", label: "What does this computer send?", nav: false },
  { href: "/sources/", label: "Sources and method", nav: true },
  { href: "/changes/", label: "What changed", nav: false },
  { href: "/glossary/", label: "Glossary", nav: true },
  { href: "/search/", label: "Search", nav: true },
  { href: "/privacy/", label: "Privacy of this site", nav: true },
] as const satisfies readonly SitePage[];

export const mainNav = sitePages.filter((page) => page.nav);
