import { ClaimLinks } from "@/components/claims/claim-links";
import { ExampleLabel } from "@/components/mdx/explainer-boxes";
import { auditColumns, rowCaption } from "@/content/layers/audit-logs/row-anatomy";

/** The columns of an audit-log row, each with a made-up value and what it tells a reader. */
export function AuditRowAnatomy() {
  return (
    <figure className="not-prose my-6">
      <figcaption className="mb-2">
        <span className="font-semibold">{rowCaption.title}</span>: {rowCaption.text}
        <ClaimLinks ids={rowCaption.claims} />
        <ExampleLabel />
      </figcaption>
      <ol className="list-none space-y-2 pl-0">
        {auditColumns.map((column, index) => (
          <li key={column.name} className="grid gap-1 rounded border border-line p-3 sm:grid-cols-[12rem_1fr]">
            <div>
              <span className="text-muted">{index + 1}. </span>
              <code className="font-semibold">{column.name}</code>
              <div className="font-mono text-sm break-all text-muted">{column.example}</div>
            </div>
            <p>
              {column.meaning}
              {column.claims.length > 0 && <ClaimLinks ids={column.claims} />}
            </p>
          </li>
        ))}
      </ol>
    </figure>
  );
}
