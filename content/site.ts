/** Site-wide copy and navigation: what an editor changes without touching components. */
export const site = {
  name: "What can my employer see?",
  description:
    "Who can see what when you use Claude at work: your organization's admins and owners, the tools they connect, and Anthropic. Every answer cited.",
} as const;

/** One entry in the main navigation. Only pages that exist belong here. */
export type NavItem = { href: string; label: string };

export const mainNav = [
  { href: "/", label: "Home" },
  { href: "/sources/", label: "Sources and method" },
  { href: "/privacy/", label: "Privacy of this site" },
] as const satisfies readonly NavItem[];
