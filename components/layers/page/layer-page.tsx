import Link from "next/link";
import type { ReactNode } from "react";
import { ChangeLinks } from "@/components/changes/change-links";
import { FormattedDate } from "@/components/formatted-date";
import { OrgSettingsBox } from "@/components/org/org-settings-box";
import { changeLog } from "@/lib/content/changes";
import { changesForLayer } from "@/lib/changes/related";
import { layerEntry, type LayerId, type LayerPageMeta } from "@/lib/content/layers";
import { layerPath } from "@/lib/layers/paths";
import { LayerSourcesSummary } from "./layer-sources-summary";

type Props = { id: LayerId; meta: LayerPageMeta; claims: readonly string[]; children: ReactNode };

/**
 * Frame of an explainer: heading, verification date, body, related layers, the check, the pages it quotes
 * (its claims with their quotes have a page of their own), and the change-log entries that touched it.
 */
export function LayerPage({ id, meta, claims, children }: Props) {
  const changes = changesForLayer(changeLog, id);
  return (
    <article>
      <div className="prose-site">
        <p className="text-sm">
          <Link href="/layers/">The six layers</Link>
        </p>
        <h1 className="text-3xl font-bold sm:text-4xl">{meta.title}</h1>
        <p className="mt-2 text-sm text-muted">
          Last verified <FormattedDate iso={meta.lastVerified} />
        </p>
        <OrgSettingsBox settings={layerEntry(id).settings} />
        {children}
      </div>
      <nav aria-labelledby="related" className="prose-site">
        <h2 id="related">Related layers</h2>
        <ul>
          {meta.related.map((id) => (
            <li key={id}>
              <Link href={layerPath(id)}>{layerEntry(id).title}</Link>: {layerEntry(id).summary}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/check/" className="font-semibold">
            Check what your employer can see of your own use
          </Link>
          : a few questions about your account and settings give a personal report.
        </p>
      </nav>
      <LayerSourcesSummary id={id} claims={claims} />
      {changes.length > 0 && (
        <section aria-labelledby="page-changes" className="prose-site">
          <h2 id="page-changes">Changes to this page</h2>
          <p className="text-sm text-muted">Entries in the change log that touched this explainer, newest first.</p>
          <ChangeLinks links={changes} />
        </section>
      )}
    </article>
  );
}
