import { catalogueKey, type CatalogueEntry } from "@/lib/decode/catalogue-entry";
import type { TypeCount } from "@/lib/decode/summary";
import { ClaimRefs } from "./claim-refs";
import { Identifier } from "./identifier";

/** Counts by event or activity type, each with its meaning from the catalogue, or the plain fact that it is not in it. */
export function TypesTable({
  heading,
  types,
  entries,
}: {
  heading: string;
  types: readonly TypeCount[];
  entries: ReadonlyMap<string, CatalogueEntry>;
}) {
  return (
    <section aria-labelledby="decode-types-heading">
      <h3 id="decode-types-heading" className="text-xl font-semibold">
        {heading}
      </h3>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="border border-line px-3 py-2">
                Type
              </th>
              <th scope="col" className="border border-line px-3 py-2 text-right">
                Count
              </th>
              <th scope="col" className="border border-line px-3 py-2">
                What it means
              </th>
            </tr>
          </thead>
          <tbody>
            {types.map((type) => {
              const entry = entries.get(catalogueKey(type.source, type.type));
              return (
                <tr key={`${type.source}:${type.type}`}>
                  <th scope="row" className="border border-line px-3 py-2 font-mono font-normal">
                    <Identifier text={type.type} />
                  </th>
                  <td className="border border-line px-3 py-2 text-right">{type.count.toLocaleString("en")}</td>
                  <td className="border border-line px-3 py-2">
                    {entry ? (
                      <>
                        {entry.meaning} {entry.reveals}
                        {entry.recordsTypedText && <strong> Records text a person typed.</strong>}
                        <ClaimRefs claims={entry.claims} />
                      </>
                    ) : (
                      <>
                        <span className="rounded bg-possible-bg px-1.5 py-0.5 font-semibold text-possible">
                          Not in our catalogue
                        </span>{" "}
                        Kept and counted; this site has no documented meaning for it.
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
