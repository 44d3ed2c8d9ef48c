import { ClaimLinks } from "@/components/claims/claim-links";
import { Switcher } from "./switcher";

function Row({ what, result, claims }: { what: string; result: string; claims: string[] }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{what}</dt>
      <dd>
        {result}
        <ClaimLinks ids={claims} />
      </dd>
    </div>
  );
}

/** What a data export and the Compliance API return at each moment around a deletion. */
export function DeletionTimeline() {
  const moments = [
    {
      id: "before",
      label: "Before you delete the chat",
      body: (
        <dl className="space-y-2">
          <Row what="Your chat history" result="Shows the chat." claims={["deleted-chat-leaves-history"]} />
          <Row what="A data export started now" result="Includes the chat." claims={["export-contents"]} />
          <Row what="The Compliance API" result="Returns the chat and its messages." claims={["compliance-content"]} />
        </dl>
      ),
    },
    {
      id: "after",
      label: "After you delete it",
      body: (
        <dl className="space-y-2">
          <Row what="Your chat history" result="The chat is gone at once." claims={["deleted-chat-leaves-history"]} />
          <Row
            what="A data export started now"
            result="Leaves the chat out. An export made before the deletion still contains it."
            claims={["export-omits-deleted"]}
          />
          <Row
            what="The Compliance API"
            result="Still returns the chat, marked as deleted with a deleted_at time."
            claims={["compliance-content-retention"]}
          />
        </dl>
      ),
    },
    {
      id: "hard-deleted",
      label: "After retention ends or a hard delete",
      body: (
        <dl className="space-y-2">
          <Row what="Your chat history" result="The chat is gone." claims={["deleted-chat-leaves-history"]} />
          <Row what="A data export started now" result="Leaves the chat out." claims={["export-omits-deleted"]} />
          <Row
            what="The Compliance API"
            result="Can no longer return the chat: it has been removed for good."
            claims={["compliance-content-retention"]}
          />
        </dl>
      ),
    },
  ];
  return (
    <Switcher
      legend="Deletion timeline: when is the export started, or the Compliance API asked?"
      options={moments}
      defaultId="after"
      panelPrefix="Moment:"
    />
  );
}
