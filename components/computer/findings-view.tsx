import { ClaimRefs } from "@/components/decode/claim-refs";
import { toneLabels, topics, type Finding, type Tone } from "@/lib/computer/finding";
import type { FileReport } from "@/lib/computer/read";
import type { ClaimRef } from "@/lib/site/claim-path";
import { claimOnOverviewPath } from "@/lib/site/sources-parts";

const toneStyles = {
  sends: "bg-yes-bg text-yes",
  "does-not-send": "bg-no-bg text-no",
  "cannot-tell": "bg-possible-bg text-possible",
  "not-found": "bg-surface text-fg",
  "kept-here": "bg-surface text-fg",
  note: "bg-surface text-fg",
} as const satisfies Record<Tone, string>;

/** A claim's statement and address by id, sent by the page for the claims the reader can cite. */
export type CitableClaims = Readonly<Record<string, ClaimRef>>;

/** The findings, by the question they answer, each with its tone as a word and its numbered sources. */
export function FindingsView({ findings, claims }: { findings: readonly Finding[]; claims: CitableClaims }) {
  return (
    <div className="space-y-8">
      {topics.map((topic) => {
        const items = findings.filter((finding) => finding.topic === topic.id);
        if (items.length === 0) return null;
        return (
          <section key={topic.id} aria-labelledby={`computer-topic-${topic.id}`}>
            <h3 id={`computer-topic-${topic.id}`} className="text-xl font-semibold">
              {topic.title}
            </h3>
            <ul className="mt-3 space-y-4">
              {items.map((finding) => (
                <li key={finding.id} className="rounded-lg border border-line p-4">
                  <p>
                    <span
                      className={`mr-2 inline-block rounded px-2 py-0.5 text-sm font-semibold ${toneStyles[finding.tone]}`}
                    >
                      {toneLabels[finding.tone]}
                    </span>
                    <strong>{finding.title}</strong>
                  </p>
                  <p className="mt-2 text-sm">
                    {finding.detail}
                    <ClaimRefs
                      claims={finding.claims.map(
                        (id) => claims[id] ?? { id, statement: id, path: claimOnOverviewPath(id) },
                      )}
                    />
                  </p>
                  {finding.from.length > 0 && (
                    <p className="mt-1 text-sm text-muted">Read from: {finding.from.join(", ")}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** What became of each file given. */
export function FilesView({ files, onRemove }: { files: readonly FileReport[]; onRemove: (index: number) => void }) {
  return (
    <ul className="space-y-2">
      {files.map((file, index) => (
        <li key={`${file.kind}-${file.path}-${index}`} className="rounded border border-line p-3 text-sm">
          <p>
            <strong>{file.path}</strong>, read as {file.label}: {file.message}
          </p>
          {file.otherKeys.length > 0 && (
            <p className="mt-1 text-muted">Other keys, not read here: {file.otherKeys.join(", ")}</p>
          )}
          {file.otherVariables.length > 0 && (
            <p className="mt-1 text-muted">
              Other variables in its env block, not read here: {file.otherVariables.join(", ")}
            </p>
          )}
          <button
            type="button"
            onClick={() => onRemove(index)}
            className="mt-2 rounded border border-line px-3 py-1 font-semibold"
            aria-label={`Remove ${file.path}`}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
