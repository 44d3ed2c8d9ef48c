import Link from "next/link";
import { ClaimCitations } from "@/components/claims/claim-citations";
import { FormattedDate } from "@/components/formatted-date";
import { layerFacts, layerMeta, type LayerId } from "@/lib/content/layers";
import { layerPath } from "@/lib/layers/paths";

/** Every claim an explainer makes, each with its quotes, the pages quoted and the date it was last reviewed. */
export function LayerSourcesPage({ id }: { id: LayerId }) {
  const meta = layerMeta(id);
  const { claims } = layerFacts(id);
  return (
    <article className="prose-site">
      <p className="text-sm">
        <Link href={layerPath(id)}>Back to the explainer: {meta.title}</Link>
      </p>
      <h1 className="text-3xl font-bold sm:text-4xl">Sources: {meta.title}</h1>
      <p className="mt-2 text-sm text-muted">
        Explainer last verified <FormattedDate iso={meta.lastVerified} />
      </p>
      <p>
        The {claims.length} claims the explainer makes, in its widgets too, each with the words of the page it quotes
        and the date it was last reviewed. &ldquo;About this claim&rdquo; leads to the claim on the Sources page, beside
        every other claim that quotes the same page.
      </p>
      {/* Search leaves this list out: each claim is indexed once, on the Sources page. */}
      <div data-no-search="">
        <ClaimCitations ids={claims} />
      </div>
    </article>
  );
}
