import Link from "next/link";
import { NoteText } from "@/components/claims/note-text";
import type { PlanAnswer as Answer } from "@/lib/questions/answers";
import { inSentence, joinWords } from "@/lib/check/wording";
import { dataKinds, labelOf } from "@/lib/model/vocabulary";
import { VerdictLine } from "./verdict-line";

/**
 * A question's answer on one plan: the framing its verdict picks, each cell's verdict with reason and
 * sources, the model's notes that bear on it, and the check with the same answers filled in.
 */
export function PlanAnswer({ plan, orgName }: { plan: Answer; orgName?: string }) {
  const headingId = plan.anchor;
  return (
    <div role="group" aria-labelledby={headingId} className="rounded border border-line p-4 sm:p-5">
      <h3 id={headingId} className="scroll-mt-6 text-xl font-semibold">
        {plan.heading}
      </h3>
      {plan.orgStated && orgName && (
        <p className="mt-1 text-sm text-muted">With the settings {orgName} states; the rest are unknown.</p>
      )}
      <p className="mt-2 text-lg">{plan.frame}</p>
      {plan.blocks.map((block, position) => (
        <div key={`${position}-${block.data.join()}`} className="mt-3">
          <h4 className="font-semibold">
            {joinWords(
              block.data.map((id, index) =>
                index === 0 ? labelOf(dataKinds, id) : inSentence(labelOf(dataKinds, id)),
              ),
            )}
          </h4>
          <ul>
            {block.lines.map((line) => (
              <VerdictLine key={line.audiences.join()} line={line} />
            ))}
          </ul>
        </div>
      ))}
      {plan.notes.map((note) => (
        <p key={note.id} className="mt-3 rounded bg-surface p-3">
          <strong>Note:</strong> <NoteText note={note} />
        </p>
      ))}
      <p className="mt-3">
        <Link href={plan.checkHref}>Open the check with these answers</Link> ({plan.filledIn.join(", ")}) and add what
        you know of your organization&rsquo;s settings.
      </p>
    </div>
  );
}
