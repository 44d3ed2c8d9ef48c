/**
 * Where a claim or a source lives on the Sources pages: the one place those addresses are made. A claim is
 * listed in full once, under the first source it quotes (official sources come first), on that source's
 * part page; the other sources it quotes link to it there.
 *
 * Paths are site paths without the base path: give them to next/link as they are, or to `withBasePath` for
 * a hand-written `<a>`. Code in the browser without the model (the decoder, the computer reader) gets the
 * paths from its server page.
 */
import { modelForBrowser } from "@/lib/content/model";
import type { Claim } from "@/lib/model/content-schema";
import { claimById, sourceById } from "@/lib/model/lookups";
import type { Model } from "@/lib/model/model-schema";
import { withBasePath } from "./base-path";
import { partOfSource, sourcesPartPath, sourcesParts, type SourcesPartSlug } from "./sources-parts";

/** The id of the source a claim is listed under in full: the first one it quotes. */
export function homeSourceId(claim: Pick<Claim, "id" | "citations">): string {
  const first = claim.citations[0];
  if (!first) throw new Error(`claim "${claim.id}" quotes no source`);
  return first.source;
}

/** The part page a source is listed on. */
export function sourcePart(id: string, from: Model = modelForBrowser): SourcesPartSlug {
  return partOfSource(sourceById(id, from));
}

/** The part page a claim is listed on in full. */
export function claimPart(id: string, from: Model = modelForBrowser): SourcesPartSlug {
  return sourcePart(homeSourceId(claimById(id, from)), from);
}

/** A claim's full entry: "/sources/platform-docs/#claim-at-delivery". */
export function claimPath(id: string, from: Model = modelForBrowser): string {
  return `${sourcesPartPath(claimPart(id, from))}#claim-${id}`;
}

/** A source's section: "/sources/help-center/#source-help-audit-logs". */
export function sourcePath(id: string, from: Model = modelForBrowser): string {
  return `${sourcesPartPath(sourcePart(id, from))}#source-${id}`;
}

/** A claim as a page in the browser links to it, for islands that do not load the model. */
export type ClaimRef = { id: string; statement: string; path: string };

export function claimRef(id: string, from: Model = modelForBrowser): ClaimRef {
  return { id, statement: claimById(id, from).statement, path: claimPath(id, from) };
}

/**
 * Every `claim-…` and `source-…` anchor of the part pages, space-separated per part: what the overview
 * needs to send an old `/sources/#claim-…` link on to the claim's page, in a few kilobytes.
 */
export function anchorsByPart(from: Model = modelForBrowser): Record<SourcesPartSlug, string> {
  const anchors = new Map<SourcesPartSlug, string[]>(sourcesParts.map((part) => [part.slug, []]));
  for (const source of from.sources) anchors.get(partOfSource(source))?.push(`source-${source.id}`);
  for (const claim of from.claims) anchors.get(claimPart(claim.id, from))?.push(`claim-${claim.id}`);
  return Object.fromEntries([...anchors].map(([slug, list]) => [slug, list.join(" ")])) as Record<
    SourcesPartSlug,
    string
  >;
}

/**
 * A hand-written href from the page at `pagePath` to a Sources address: only the `#anchor` when it is on
 * the same page, so following it never reloads the page; otherwise the full path under the base path.
 */
export function hrefFrom(pagePath: string, target: string): string {
  return target.startsWith(`${pagePath}#`) ? target.slice(pagePath.length) : withBasePath(target);
}
