import { SourceKindBadge } from "@/components/sources/badges";
import type { Claim } from "@/lib/model/content-schema";
import { withBasePath } from "@/lib/site/base-path";
import { sourcePath } from "@/lib/site/claim-path";
import { sourcesPartPath } from "@/lib/site/sources-parts";
import type { PartSummary } from "@/lib/sources/sources-pages";

const claimsWord = (count: number) => (count === 1 ? "1 claim" : `${count} claims`);

/** Every source, by the page it is on (with what that page holds), with the number of claims that quote it, each linking to its section. */
export function SourcesIndex({
  parts,
  bySource,
}: {
  parts: readonly PartSummary[];
  bySource: ReadonlyMap<string, readonly Claim[]>;
}) {
  return (
    <section aria-labelledby="sources" className="mt-10 max-w-5xl">
      <h2 id="sources" className="text-2xl font-semibold">
        Sources and their claims
      </h2>
      <p className="mt-2">
        The sources are on {parts.length} pages, by the site that publishes them. Each source there lists every claim
        that quotes it. A claim is listed in full once, with all its quotes, under the first source it quotes; every
        other source it quotes links to it. An older link to a claim on this page leads to the page for the first source
        that claim quotes.
      </p>
      {parts.map((part) => (
        <div key={part.slug}>
          <h3 className="mt-6 text-xl font-semibold">
            <a href={withBasePath(sourcesPartPath(part.slug))}>{part.title}</a>
          </h3>
          <p className="mt-1">
            {part.summary} {part.sources.length === 1 ? "1 source" : `${part.sources.length} sources`};{" "}
            {claimsWord(part.claimCount)} listed in full.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {part.sources.map((source) => (
              <li key={source.id}>
                <a href={withBasePath(sourcePath(source.id))}>{source.title}</a>{" "}
                <span className="text-sm text-muted">{claimsWord(bySource.get(source.id)?.length ?? 0)}</span>
                {source.kind === "third-party" ? (
                  <>
                    {" "}
                    <SourceKindBadge kind={source.kind} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
