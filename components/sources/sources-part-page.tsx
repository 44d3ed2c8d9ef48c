import { SourceSection } from "@/components/sources/source-section";
import { SourcesPartsNav } from "@/components/sources/sources-parts-nav";
import { withBasePath } from "@/lib/site/base-path";
import { claimsBySource, model } from "@/lib/model/model";
import { claimStatusToday, partSummaries } from "@/lib/sources/sources-pages";
import { readSnapshots } from "@/lib/sources/snapshot-store";
import { sourcesPartPath, type SourcesPartSlug } from "@/lib/site/sources-parts";

/** One part of the Sources pages: its sources, each with every claim that quotes it. */
export function SourcesPartPage({ slug }: { slug: SourcesPartSlug }) {
  const part = partSummaries().find((candidate) => candidate.slug === slug);
  if (!part) throw new Error(`No Sources page "${slug}"`);
  const pagePath = sourcesPartPath(slug);
  const bySource = claimsBySource(model);
  const sources = new Map(model.sources.map((source) => [source.id, source]));
  const snapshots = readSnapshots();
  const statusOf = claimStatusToday();
  return (
    <div>
      <div className="prose-site">
        <h1 className="text-3xl font-bold sm:text-4xl">Sources: {part.title}</h1>
        <p className="text-lg">{part.summary}</p>
        <p>
          {part.sources.length === 1 ? "One source" : `${part.sources.length} sources`}, and in full the{" "}
          {part.claimCount === 1 ? "claim" : `${part.claimCount} claims`} that quote them first: each claim with its
          quotes, its review state and the date it was last verified. A claim is listed in full once, under the first
          source it quotes; every other source it quotes links to it. How verdicts are reached, and every source on
          every page, are on <a href={withBasePath("/sources/")}>Sources and method</a>.
        </p>
      </div>
      <SourcesPartsNav current={slug} />
      <div className="max-w-5xl">
        {part.sources.map((source) => (
          <SourceSection
            key={source.id}
            source={source}
            copies={(source.snapshot && snapshots.get(source.snapshot)) || []}
            claims={bySource.get(source.id) ?? []}
            sources={sources}
            statusOf={statusOf}
            pagePath={pagePath}
          />
        ))}
      </div>
    </div>
  );
}
