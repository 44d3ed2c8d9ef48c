import type { Glance } from "@/lib/check/glance";
import { CellLink } from "./cell-link";
import { JumpLink } from "./jump-link";
import { UpdatedCue } from "./updated-cue";
import { VerdictBadge } from "./verdict-badge";

/**
 * The report at a glance, beside the questions on wide screens: how many kinds of data someone in the
 * organization can or might see, one short line for each, and the way to the full report below. It
 * stays in view while the person answers, and says "Updated" when an answer changes it.
 */
export function ReportGlance({ glance, revision }: { glance: Glance; revision: number }) {
  return (
    <section aria-labelledby="report-glance-heading" className="rounded-lg border border-line bg-bg p-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id="report-glance-heading" className="text-xl font-semibold">
          At a glance
        </h2>
        <UpdatedCue revision={revision} />
      </div>
      <p className="mt-2 text-sm">{countsSentence(glance)}</p>
      {glance.lines.length > 0 && (
        <ul className="mt-3 space-y-2 text-sm">
          {glance.lines.map((line) => (
            <li key={`${line.verdict}-${line.data}`} className="flex items-baseline gap-2">
              <VerdictBadge verdict={line.verdict} />
              <CellLink anchor={line.anchor} className="text-fg">
                <span className="font-semibold">{line.label}:</span> {line.who}
              </CellLink>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <JumpLink target="report-heading" className="font-semibold">
          Read the full report
        </JumpLink>
      </p>
    </section>
  );
}

/** "People and tools at your employer can see 3 kinds of your data, and might see 5 more." */
export function countsSentence({ yes, possible }: Pick<Glance, "yes" | "possible">): string {
  const kinds = (n: number) => (n === 1 ? "1 kind" : `${n} kinds`);
  if (yes === 0 && possible === 0)
    return "Through Anthropic\u2019s tools, no one at your employer can see anything of your use of Claude here.";
  const who = "People and tools at your employer";
  if (possible === 0) return `${who} can see ${kinds(yes)} of your data.`;
  if (yes === 0) return `${who} might see ${kinds(possible)} of your data.`;
  return `${who} can see ${kinds(yes)} of your data, and might see ${possible} more.`;
}
