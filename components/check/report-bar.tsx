import type { Glance } from "@/lib/check/glance";
import { JumpLink } from "./jump-link";
import { UpdatedCue } from "./updated-cue";

/**
 * On phones, a bar that stays at the bottom of the screen while the questions are in view: the way to
 * the report below them, with its counts and the "Updated" cue. Wide screens have the glance instead.
 */
export function ReportBar({ glance, revision }: { glance: Glance; revision: number }) {
  return (
    <div className="sticky bottom-0 z-10 -mx-4 mt-6 border-t-2 border-line bg-bg px-4 py-3 sm:-mx-6 sm:px-6 lg:hidden">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <JumpLink
          target="report-heading"
          className="rounded bg-accent px-4 py-2 font-semibold text-accent-fg no-underline"
        >
          See your report ({glance.yes} yes, {glance.possible} possible)
        </JumpLink>
        <UpdatedCue revision={revision} />
      </div>
    </div>
  );
}
