import Link from "next/link";
import type { LayerId } from "@/lib/content/layers";
import { layerSourcesPath } from "@/lib/layers/paths";
import { sourcesQuotedBy } from "@/lib/model/lookups";

type Props = { id: LayerId; claims: readonly string[] };

/**
 * An explainer's sources in short: how many claims it makes and where to read each with its quotes. The
 * claims themselves, quotes and dates, are on a page of their own (layer-sources-page.tsx), which keeps the
 * explainer small enough to arrive in the first round trip.
 */
export function LayerSourcesSummary({ id, claims }: Props) {
  const pages = sourcesQuotedBy(claims).length;
  return (
    // Search leaves this out: each claim is indexed once, on the Sources page.
    <section aria-labelledby="sources" className="prose-site" data-no-search="">
      <h2 id="sources">Sources for this page</h2>
      <p>
        This page makes {claims.length} claims, quoting {pages === 1 ? "one page" : `${pages} pages`}. Each numbered
        link leads to one of them on the Sources page, with the words it rests on.
      </p>
      <p>
        <Link href={layerSourcesPath(id)} className="font-semibold">
          Every claim on this page, with its quotes and dates
        </Link>
      </p>
    </section>
  );
}
