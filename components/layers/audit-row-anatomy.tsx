import { ClaimLinks } from "@/components/claims/claim-links";
import { ExampleLabel } from "@/components/mdx/explainer-boxes";

/** The nine columns of an audit-log row, each with a made-up value and what it tells a reader. */
const columns = [
  { name: "created_at", example: "2026-03-04T09:15:22Z", meaning: "When the action happened.", claims: [] },
  {
    name: "actor_info",
    example: "Sam Example, sam@example.com",
    meaning: "Who did it: the person's account.",
    claims: [],
  },
  {
    name: "event",
    example: "conversation_renamed",
    meaning: "What happened: one of the documented event names listed in the explorer below.",
    claims: ["audit-log-events"],
  },
  {
    name: "event_info",
    example: "new_name: Salary review for my team",
    meaning:
      "Details of the event. For most events nothing more is documented; for a renamed chat it holds the new name you typed.",
    claims: ["audit-log-titles"],
  },
  {
    name: "entity_info",
    example: "chat_conversation, with its identifier",
    meaning:
      "What the action affected: an account, an invite, a project, a project document, a chat, a file or an SSO connection.",
    claims: ["audit-log-entity-types"],
  },
  {
    name: "ip_address",
    example: "203.0.113.24",
    meaning: "The network address the action came from, which can hint at a place.",
    claims: [],
  },
  { name: "device_id", example: "a1b2c3d4-example", meaning: "An identifier of the device used.", claims: [] },
  {
    name: "user_agent",
    example: "Mozilla/5.0 (Macintosh; …) Firefox/140.0",
    meaning: "The browser or app and its operating system, as the browser reports them.",
    claims: [],
  },
  {
    name: "client_platform",
    example: "iOS",
    meaning: "The mobile platform, iOS or Android.",
    claims: ["audit-log-client-platform"],
  },
] as const;

export function AuditRowAnatomy() {
  return (
    <figure className="not-prose my-6">
      <figcaption className="mb-2">
        <span className="font-semibold">Anatomy of one audit-log row</span>: the nine columns of the export
        <ClaimLinks ids={["audit-log-columns"]} />
        <ExampleLabel />
      </figcaption>
      <ol className="list-none space-y-2 pl-0">
        {columns.map((column, index) => (
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
