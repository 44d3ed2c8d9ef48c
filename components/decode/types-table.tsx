import { Table, TableCell, TableHead, TableHeader } from "@/components/ui/table";
import { catalogueKey } from "@/lib/decode/catalogue-entry";
import type { TypeCount } from "@/lib/decode/summary";
import type { CatalogueIndex } from "@/lib/decode/view";
import { wholeNumber } from "@/lib/site/whole-number";
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
  entries: CatalogueIndex;
}) {
  return (
    <section aria-labelledby="decode-types-heading">
      <h3 id="decode-types-heading" className="text-xl font-semibold">
        {heading}
      </h3>
      <div className="mt-3 overflow-x-auto">
        <Table>
          <TableHeader roomy columns={["Type", { label: "Count", className: "text-right" }, "What it means"]} />
          <tbody>
            {types.map((type) => {
              const entry = entries.get(catalogueKey(type.source, type.type));
              return (
                <tr key={`${type.source}:${type.type}`}>
                  <TableHead roomy scope="row" className="font-mono font-normal">
                    <Identifier text={type.type} />
                  </TableHead>
                  <TableCell roomy className="text-right">
                    {wholeNumber(type.count)}
                  </TableCell>
                  <TableCell roomy>
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
                  </TableCell>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </div>
    </section>
  );
}
