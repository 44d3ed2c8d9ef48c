import Link from "next/link";
import { ClaimList } from "@/components/claims/claim-list";
import { layers } from "@/content/layers";
import { layerPath } from "@/lib/layers/paths";

/** The six layers as cards: how much each reveals, who holds it, for how long, and a link to its page. */
export function LayerCards({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
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
          <ClaimList ids={layer.claims} />
          <p className="mt-3 text-sm">
            <Link href={layerPath(layer.id)}>Read the explainer on {layer.title}</Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
