import { ClaimLinks } from "@/components/claims/claim-links";
import { auditCategories } from "@/lib/catalogue/audit-event-schema";
import { auditEvents } from "@/lib/content/catalogue";
import { AuditExplorerClient, type ExplorerEvent } from "./audit-explorer.client";

const categoryLabel = (id: string) => auditCategories.find((category) => category.id === id)?.label ?? id;

/** Every documented audit-log event from the catalogue, rendered with its citations and made filterable. */
export function AuditExplorer() {
  const events: ExplorerEvent[] = auditEvents.map((event) => ({
    id: event.id,
    category: event.category,
    recordsTypedText: event.recordsTypedText,
    body: (
      <>
        <h3 className="audit-event-name">{event.id}</h3>
        <p className="text-sm text-muted">{categoryLabel(event.category)}</p>
        <p className="mt-1">
          {event.meaning}
          <ClaimLinks ids={event.claims} />
        </p>
        <dl className="audit-event-facts">
          <div>
            <dt>In event_info: </dt>
            <dd>{event.eventInfo ?? "Nothing documented beyond the event's name."}</dd>
          </div>
          <div>
            <dt>What it reveals about you: </dt>
            <dd>{event.reveals}</dd>
          </div>
          {event.recordsTypedText && (
            <div>
              <dt className="text-possible">Records text you typed: </dt>
              <dd>yes</dd>
            </div>
          )}
        </dl>
      </>
    ),
  }));
  return <AuditExplorerClient events={events} categories={auditCategories} />;
}
