import type { ReactNode } from "react";
import { ClaimLinks } from "@/components/claims/claim-links";
import { claimById } from "@/lib/model/model";

/** `<Cite ids={["claim-id"]} />`: numbered links after a sentence to the claims it rests on. */
export function Cite({ ids }: { ids: readonly string[] }) {
  return <ClaimLinks ids={ids} />;
}

/** The one-paragraph summary at the top of an explainer. */
export function InShort({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="in-short" className="my-6 rounded-lg border border-line bg-surface px-5 py-1">
      <h2 id="in-short" className="!mt-4 !text-lg">
        In short
      </h2>
      {children}
    </section>
  );
}

/** The practical consequences for the reader. */
export function ForYou({ children }: { children: ReactNode }) {
  return (
    <aside aria-labelledby="for-you" className="my-8 rounded-lg border-2 border-accent px-5 py-1">
      <h2 id="for-you" className="!mt-4 !text-lg">
        What this means for you
      </h2>
      {children}
    </aside>
  );
}

/** The common belief the page corrects, then the correction as children. */
export function Misconception({ belief, children }: { belief: string; children: ReactNode }) {
  return (
    <section aria-labelledby="misconception" className="my-8 rounded-lg border border-line px-5 py-1">
      <h2 id="misconception" className="!mt-4 !text-lg">
        A common misconception
      </h2>
      <p>
        <strong>&ldquo;{belief}&rdquo;</strong>
      </p>
      {children}
    </section>
  );
}

/** A visible note where Anthropic's own pages disagree, with how the site reads them. */
export function Dispute({ id }: { id: string }) {
  const claim = claimById(id);
  if (!claim.dispute) throw new Error(`<Dispute id="${id}" />: claim "${id}" records no disagreement`);
  return (
    <p className="my-4 border-l-4 border-possible bg-possible-bg px-4 py-2 text-sm">
      <strong>Anthropic&rsquo;s pages disagree.</strong> {claim.statement} {claim.dispute.resolution}
      <ClaimLinks ids={[id]} />
    </p>
  );
}

/** A clearly labelled made-up example. */
export function ExampleLabel() {
  return (
    <p className="text-sm font-semibold text-possible">
      Example data, made up for illustration: not from any real organization.
    </p>
  );
}
