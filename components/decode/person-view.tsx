import type { ActorSummary, DecodeSummary } from "@/lib/decode/summary";
import { personTypes, type CatalogueIndex } from "@/lib/decode/view";
import { wholeNumber } from "@/lib/site/whole-number";

/** "What do these logs say about this person": a plain summary above the filtered tables. */
export function PersonView({
  actor,
  entries,
  summary,
}: {
  actor: ActorSummary;
  entries: CatalogueIndex;
  summary: DecodeSummary;
}) {
  const { typed, unknown } = personTypes(summary, actor, entries);
  return (
    <section aria-labelledby="decode-person-heading" className="rounded-lg border border-line p-4">
      <h3 id="decode-person-heading" className="text-xl font-semibold">
        What this file says about {actor.key}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          {wholeNumber(actor.count)} row{actor.count === 1 ? "" : "s"}, from {actor.first} to {actor.last}, of{" "}
          {actor.types.length} kind{actor.types.length === 1 ? "" : "s"}.
        </li>
        <li>IP addresses seen: {actor.ipAddresses.length === 0 ? "none recorded" : actor.ipAddresses.join(", ")}.</li>
        <li>Devices or browsers seen: {actor.devices.length === 0 ? "none recorded" : actor.devices.join("; ")}.</li>
        <li>
          {typed.length === 0
            ? "No event of a kind that records text this person typed."
            : `Text this person typed appears in: ${typed.map((t) => `${t.type} (${t.count})`).join(", ")}. See the renamed titles below.`}
        </li>
        {unknown.length > 0 && (
          <li>
            {unknown.length} kind{unknown.length === 1 ? " is" : "s are"} not in our catalogue, so this page cannot say
            what {unknown.length === 1 ? "it records" : "they record"} beyond the name.
          </li>
        )}
        <li>
          The file never holds the content of chats or files: only identifiers, times, addresses and, for renamed chats,
          the new name.
        </li>
      </ul>
    </section>
  );
}
