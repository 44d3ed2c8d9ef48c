import type { ReactNode } from "react";
import { FormattedDate } from "@/components/formatted-date";
import type { PageMeta } from "@/lib/site/page-meta-schema";

/** Frame for a long-form page written in MDX: its heading, review date and body. */
export function MdxPage({ meta, children }: { meta: PageMeta; children: ReactNode }) {
  return (
    <article className="prose-site">
      <h1 className="text-3xl font-bold sm:text-4xl">{meta.title}</h1>
      <p className="mt-2 text-sm text-muted">
        Last reviewed <FormattedDate iso={meta.lastReviewed} />
      </p>
      {children}
    </article>
  );
}
