/** Site-wide copy and the list of pages: what an editor changes without touching components. */
import { layerPath, layerSourcesPath } from "@/lib/layers/paths";
import { sourcesPartPath, sourcesParts } from "@/lib/site/sources-parts";
import { layers } from "./layers";

export const site = {
  name: "What can my employer see?",
  description:
    "Who can see what when you use Claude at work: your organization's admins and owners, the tools they connect, and Anthropic. Every answer cited.",
} as const;

/** A fixed page of the site; `nav` puts it in the main navigation. */
export type SitePage = { href: string; label: string; nav: boolean };

/**
 * Every fixed page, in navigation order, with an explainer row and a row for its sources for each layer in
 * the table of layers, and a row for each part of the Sources pages. The
 * end-to-end suite checks that the sitemap matches the build.
 */
export const sitePages = [
  { href: "/", label: "Home", nav: true },
  { href: "/layers/", label: "Layers", nav: true },
  ...layers.map((layer) => ({ href: layerPath(layer.id), label: layer.title, nav: false })),
  ...layers.map((layer) => ({ href: layerSourcesPath(layer.id), label: `Sources: ${layer.title}`, nav: false })),
  { href: "/check/", label: "Check", nav: true },
  { href: "/questions/", label: "Questions people ask", nav: false },
  { href: "/onboarding/", label: "One-pager for new staff", nav: false },
  { href: "/decode/", label: "Decode your logs", nav: true },
  { href: "/computer/", label: "What does this computer send?", nav: false },
  { href: "/sources/", label: "Sources and method", nav: true },
  ...sourcesParts.map((part) => ({ href: sourcesPartPath(part.slug), label: `Sources: ${part.title}`, nav: false })),
  { href: "/changes/", label: "What changed", nav: false },
  { href: "/glossary/", label: "Glossary", nav: true },
  { href: "/search/", label: "Search", nav: true },
  { href: "/privacy/", label: "Privacy of this site", nav: true },
] as const satisfies readonly SitePage[];

export const mainNav = sitePages.filter((page) => page.nav);
