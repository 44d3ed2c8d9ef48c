import { withBasePath } from "@/lib/site/base-path";
import type { AccessSummary } from "@/lib/decode/summary";
import { formatDuration } from "@/lib/decode/timeline";
import { wholeNumber } from "@/lib/site/whole-number";

/** How long Access Transparency events took to arrive, against the two business days Anthropic states. */
export function AccessDelayNote({ delay, source }: { delay: NonNullable<AccessSummary["delay"]>; source: string }) {
  return (
    <div className="mt-4">
      <h4 className="font-semibold">Delay between the access and its event</h4>
      <p className="text-sm">
        From <code>accessed_at</code> to <code>created_at</code>, over {wholeNumber(delay.count)} event
        {delay.count === 1 ? "" : "s"}: shortest {formatDuration(delay.minMs)}, median {formatDuration(delay.medianMs)},
        longest {formatDuration(delay.maxMs)}. Anthropic says these events arrive within two business days;{" "}
        {wholeNumber(delay.late)} arrived later than that (counting Saturdays and Sundays as non-business days, and no
        public holidays). <a href={withBasePath(source)}>Source</a>
      </p>
    </div>
  );
}

/** Preservations with no access event for the same message at or before them, and why that need not mean a gap. */
export function PreservationsNote({
  events,
  source,
}: {
  events: AccessSummary["preservationsWithoutAccess"];
  /** The address of the claim the note rests on. */
  source: string;
}) {
  return (
    <div className="mt-4">
      <h4 className="font-semibold">Preservations with no earlier access event: {wholeNumber(events.length)}</h4>
      <p className="text-sm">
        A <code>cmek_preserve</code> event with no <code>anthropic_access</code> event for the same message at or before
        it. This need not mean a missing record: Anthropic documents that an automated safety pipeline can start a
        preservation, and the preservation event is written either way. The access may also fall outside this
        file&rsquo;s dates. <a href={withBasePath(source)}>Source</a>
      </p>
      {events.length > 0 && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          {events.slice(0, 50).map((event) => (
            <li key={`${event.row}-${event.id ?? ""}`}>
              <span className="font-mono">{event.accessedAt ?? event.createdAt}</span>: message{" "}
              <code>{event.resourceId ?? "not named"}</code>, reason <code>{event.reasonCode ?? "none"}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
