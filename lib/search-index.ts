import { readFileSync } from "node:fs";
import path from "node:path";
import { layers } from "@/content/layers";
import { layerModules } from "@/content/layers/modules";
import { site, sitePages } from "@/content/site";
import { glossary } from "./glossary-data";
import { layerIds, layerPath, parseLayerMeta } from "./layer-meta";
import { layerFacts } from "./layers";
import { plainText } from "./mdx-text";
import type { SearchDoc } from "./search";

/** Builds the search index at build time from the pages' own words: MDX text, titles and the glossary. */
export function buildSearchIndex(): SearchDoc[] {
  const explainers = layerIds.map((id): SearchDoc => {
    const meta = parseLayerMeta(id, layerModules[id].meta);
    return { href: layerPath(id), title: meta.title, description: meta.description, text: layerFacts(id).text };
  });
  const layerText = layers.map(
    (layer) => `${layer.title}. ${layer.summary} ${layer.reveals} ${layer.holders} ${layer.howLong}`,
  );
  const privacy = readFileSync(path.join(process.cwd(), "content", "pages", "privacy.mdx"), "utf8");
  const label = (href: string) => sitePages.find((page) => page.href === href)?.label ?? href;
  return [
    { href: "/", title: site.name, description: site.description, text: layerText.join(" ") },
    {
      href: "/layers/",
      title: "The six layers",
      description: "Each layer and its explainer.",
      text: layerText.join(" "),
    },
    ...explainers,
    {
      href: "/glossary/",
      title: label("/glossary/"),
      description: "Plain definitions of roles, tools and settings.",
      text: glossary.map((entry) => `${entry.term}: ${entry.definition}`).join(" "),
    },
    {
      href: "/check/",
      title: "Check what your employer can see",
      description: "A few questions about your account and settings give a personal report.",
      text: "questionnaire personal report account plan settings verdict",
    },
    {
      href: "/computer/",
      title: label("/computer/"),
      description:
        "Read Claude Code's managed settings, your settings or /status in the browser, or run the command: telemetry, prompts, account, transcripts.",
      text: "Claude Code telemetry OpenTelemetry collector managed-settings.json settings.json status prompts OTEL_LOG_USER_PROMPTS account sign-in transcripts cleanupPeriodDays terminal command",
    },
    {
      href: "/onboarding/",
      title: label("/onboarding/"),
      description: "A printable summary for new staff: what the organization can see, whom to ask, what you can do.",
      text: "onboarding new staff one-pager print PDF summary policy who to ask",
    },
    {
      href: "/sources/",
      title: label("/sources/"),
      description: "Every source, quote and verification date, and how verdicts are reached.",
      text: "sources claims quotes verified method disputes",
    },
    {
      href: "/privacy/",
      title: label("/privacy/"),
      description: "How this site treats your data.",
      text: plainText(privacy),
    },
  ];
}
