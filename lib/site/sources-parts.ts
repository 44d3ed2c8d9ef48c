/**
 * The Sources pages in parts. Listing every claim under every source it quotes made one page of well over a
 * megabyte, so the overview (`/sources/`) keeps the method and an index, and the sources live on a few part
 * pages, by the site that publishes them (the two largest sites in two parts each). A source's part follows
 * from its address, so a new source finds its page with no editing here, unless it comes from an official
 * site this table does not know yet.
 *
 * Imports no model data, so the browser can use it (the overview's redirect for old links does).
 */
import type { Source } from "@/lib/model/content-schema";

export type SourcesPart = {
  /** The part's address segment: `/sources/<slug>/`. */
  slug: string;
  /** The part's heading and page title. */
  title: string;
  /** One sentence on what the part holds, for the overview and the part's own introduction. */
  summary: string;
  /**
   * Which sources it holds: third-party ones, or official pages on these hosts. `pathIncludes` narrows a
   * host to the pages whose path has that word; `ids` names the sources of a part that shares its host with
   * another, and such a part holds only those.
   */
  holds:
    | { kind: "third-party" }
    | { kind: "official"; hosts: readonly string[]; pathIncludes?: string; ids?: readonly string[] };
};

/** The parts in the order the overview lists them; for a host with several parts, the first that matches wins. */
export const sourcesParts = [
  {
    slug: "help-center-organizations",
    title: "Help Center: organizations",
    summary:
      "Anthropic's Help Center articles for Team and Enterprise organizations: roles, audit logs, exports, retention and analytics.",
    holds: { kind: "official", hosts: ["support.claude.com"] },
  },
  {
    slug: "help-center-accounts",
    title: "Help Center: accounts and chats",
    summary:
      "Anthropic's Help Center articles on your own account and chats: incognito, memory, sharing, exports and domain claims.",
    holds: {
      kind: "official",
      hosts: ["support.claude.com"],
      ids: [
        "help-incognito",
        "help-memory",
        "help-share-chats",
        "help-export-your-data",
        "help-domain-claim",
        "help-domain-claim-respond",
        "help-move-personal-account",
        "help-join-organization",
      ],
    },
  },
  {
    slug: "compliance-api-docs",
    title: "Compliance API docs",
    summary:
      "Anthropic's developer documentation for the Compliance API: access, the Activity Feed, content and sessions.",
    holds: { kind: "official", hosts: ["platform.claude.com"], pathIncludes: "compliance" },
  },
  {
    slug: "platform-docs",
    title: "Claude Developer Platform docs",
    summary:
      "Anthropic's documentation for Access Transparency, encryption keys, inference hooks, the Analytics APIs and data retention.",
    holds: { kind: "official", hosts: ["platform.claude.com"] },
  },
  {
    slug: "claude-code-docs",
    title: "Claude Code docs",
    summary: "Anthropic's documentation for Claude Code: what it sends, its settings, sign-in and monitoring.",
    holds: { kind: "official", hosts: ["code.claude.com"] },
  },
  {
    slug: "privacy-center",
    title: "Privacy Center",
    summary: "Anthropic's privacy articles on how long data is kept and on zero data retention.",
    holds: { kind: "official", hosts: ["privacy.anthropic.com", "privacy.claude.com"] },
  },
  {
    slug: "third-party",
    title: "Third-party sources",
    summary: "Pages by other publishers, used only where no official page speaks to the point.",
    holds: { kind: "third-party" },
  },
] as const satisfies readonly SourcesPart[];

export type SourcesPartSlug = (typeof sourcesParts)[number]["slug"];

/** The address of a part page. */
export function sourcesPartPath(slug: SourcesPartSlug): `/sources/${SourcesPartSlug}/` {
  return `/sources/${slug}/`;
}

const parts: readonly SourcesPart[] = sourcesParts;

/**
 * The part a source is listed on: a part that names it, else the first for its kind, host and path. Throws
 * for an official site with no part, naming the source, so the build stops rather than lose it.
 */
export function partOfSource(source: Pick<Source, "id" | "kind" | "url">): SourcesPartSlug {
  const url = new URL(source.url);
  const part =
    parts.find(({ holds }) => holds.kind === "official" && holds.ids?.includes(source.id)) ??
    parts.find(({ holds }) =>
      holds.kind === "third-party"
        ? source.kind === "third-party"
        : source.kind === "official" &&
          !holds.ids &&
          holds.hosts.includes(url.host) &&
          (!holds.pathIncludes || url.pathname.includes(holds.pathIncludes)),
    );
  if (!part)
    throw new Error(
      `source "${source.id}" is published on ${url.host}, which no Sources page holds: add it to sourcesParts in lib/site/sources-parts.ts`,
    );
  return part.slug as SourcesPartSlug;
}

/**
 * A claim's address for code that has neither the model nor the claim's path: the overview, whose redirect
 * sends it on to the claim's page. Pages that know the claim use `claimPath` (lib/site/claim-path.ts).
 */
export function claimOnOverviewPath(id: string): string {
  return `/sources/#claim-${id}`;
}
