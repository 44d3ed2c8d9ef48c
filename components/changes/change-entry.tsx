import Link from "next/link";
import type { ReactNode } from "react";
import { FormattedDate } from "@/components/formatted-date";
import type { DescribedChange } from "@/lib/changes/describe";
import { VerdictMoveItem } from "./verdict-move";

/** A titled list inside an entry; nothing when the list is empty. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3 id={id} className="mt-4 text-base font-semibold">
        {title}
      </h3>
      <ul aria-labelledby={id} className="mt-1 list-disc space-y-1 pl-6">
        {children}
      </ul>
    </>
  );
}

/** One change: its dates, what it says, the verdicts that moved, and links to the claims, sources and explainers. */
export function ChangeEntry({ change }: { change: DescribedChange }) {
  const part = (name: string) => `${change.id}-${name}`;
  return (
    <article
      id={change.id}
      aria-labelledby={part("title")}
      className="mt-8 scroll-mt-4 rounded border border-line bg-surface p-4 sm:p-6"
    >
      <h2 id={part("title")} className="text-xl font-semibold">
        {change.title}
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">Anthropic&rsquo;s page changed</dt>
        <dd>
          {change.dateIs === "no-later-than" ? (
            <>
              by <FormattedDate iso={change.date} /> (the exact day is not known)
            </>
          ) : (
            <>
              first seen <FormattedDate iso={change.date} />
            </>
          )}
        </dd>
        <dt className="text-muted">Recorded on this site</dt>
        <dd>
          <FormattedDate iso={change.recorded} />
        </dd>
      </dl>
      <p className="mt-3 max-w-prose">{change.summary}</p>
      <Part id={part("verdicts")} title="Verdicts that moved">
        {change.verdicts.map((move, index) => (
          <VerdictMoveItem key={index} move={move} />
        ))}
      </Part>
      <Part id={part("claims")} title="Claims added or changed">
        {change.claims.map((claim) => (
          <li key={claim.id}>
            <Link href={claim.path}>{claim.statement}</Link>
          </li>
        ))}
      </Part>
      <Part id={part("sources")} title="Sources">
        {change.sources.map((source) => (
          <li key={source.id}>
            <a href={source.url}>{source.title}</a>
            {source.kind === "third-party" ? " (a third-party source, not Anthropic)" : null} &middot;{" "}
            <Link href={source.path}>
              On the Sources page<span className="sr-only">: {source.title}</span>
            </Link>
          </li>
        ))}
      </Part>
      <Part id={part("layers")} title="Explainers">
        {change.layers.map((layer) => (
          <li key={layer.id}>
            <Link href={layer.path}>{layer.title}</Link>
          </li>
        ))}
      </Part>
      <p className="mt-4 text-sm">
        <a href={`#${change.id}`}>
          Permalink<span className="sr-only"> to &ldquo;{change.title}&rdquo;</span>
        </a>
      </p>
    </article>
  );
}
