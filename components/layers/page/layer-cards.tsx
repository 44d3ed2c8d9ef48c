import Link from "next/link";
import { ClaimList } from "@/components/claims/claim-list";
import { layers } from "@/content/layers";
import { layerPath } from "@/lib/layers/paths";

type Props = {
  headingLevel?: 2 | 3;
  /**
   * "listed" puts each card's claims under it; "linked" links to the same card on the layers page, which
   * lists them: the home page keeps its first screen within one round trip.
   */
  sources?: "listed" | "linked";
};

/** The six layers as cards: how much each reveals, who holds it, for how long, and a link to its page. */
export function LayerCards({ headingLevel = 3, sources = "listed" }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="mt-6 grid gap-6 md:grid-cols-2 xl:grid-cols-3">
      {layers.map((layer, index) => (
        <li key={layer.id} id={layer.id} className="rounded-lg border border-line bg-surface p-5">
          <Heading className="text-xl font-semibold">
            <span className="text-muted">{index + 1}. </span>
            <Link href={layerPath(layer.id)}>{layer.title}</Link>
          </Heading>
          <p className="mt-2">{layer.summary}</p>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="font-semibold">What it reveals</dt>
              <dd>{layer.reveals}</dd>
            </div>
            <div>
              <dt className="font-semibold">Who holds it</dt>
              <dd>{layer.holders}</dd>
            </div>
            <div>
              <dt className="font-semibold">For how long</dt>
              <dd>{layer.howLong}</dd>
            </div>
          </dl>
          {sources === "listed" && <ClaimList ids={layer.claims} />}
          <p className="mt-3 text-sm">
            <Link href={layerPath(layer.id)}>Read the explainer on {layer.title}</Link>
          </p>
          {sources === "linked" && (
            <p className="mt-1 text-sm">
              <Link href={`/layers/#${layer.id}`}>Sources for this card ({layer.claims.length})</Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
