import { ClaimLinks } from "@/components/claims/claim-links";
import { layers } from "@/content/layers";
import { layerPath } from "@/lib/layers/paths";
import { layerSectionId, sectionIds } from "@/lib/onboarding/sections";
import { SiteLink } from "./print-url";

/** Each visibility layer in its home-page summary, with a link to its explainer. */
export function LayerSummaries() {
  const id = sectionIds.layers;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6">
      <h2 id={`${id}-title`} className="text-2xl font-semibold print:text-lg">
        The six ways your use can be seen
      </h2>
      <div className="mt-2 grid gap-x-6 gap-y-3 sm:grid-cols-2 print:grid-cols-3 print:gap-x-4">
        {layers.map((layer) => (
          <section
            key={layer.id}
            id={layerSectionId(layer.id)}
            aria-labelledby={`${layerSectionId(layer.id)}-title`}
            className="scroll-mt-6 break-inside-avoid text-sm print:text-[9pt]"
          >
            <h3 id={`${layerSectionId(layer.id)}-title`} className="text-base font-semibold">
              {layer.title}
            </h3>
            <p>
              {layer.summary}
              <span className="no-print">
                <ClaimLinks ids={layer.claims} />
              </span>{" "}
              <SiteLink href={layerPath(layer.id)}>Read the explainer</SiteLink>
            </p>
          </section>
        ))}
      </div>
    </section>
  );
}
