import type { OrgPlan } from "@/lib/onboarding/typical-use";
import type { BehaviourId, SurfaceId } from "@/lib/model/vocabulary";

/**
 * How most staff use Claude on each plan, which is what the one-pager answers for: its summary is the
 * report for this situation, not for any one person. Editors may change it; the check covers the rest.
 */
export const typicalSurfaces = {
  team: ["claude-apps", "claude-code-work-login"],
  enterprise: ["claude-apps", "claude-code-work-login"],
  console: ["claude-api", "claude-code-api-key"],
  "partner-cloud": ["claude-api", "claude-code-api-key"],
} as const satisfies Record<OrgPlan, readonly SurfaceId[]>;

/** Everything a person can do in the Claude apps, as the ready-made reports assume; dropped where there are no apps. */
export const typicalBehaviours = [
  "incognito",
  "delete-chat",
  "rename-chat",
  "upload-files",
  "projects",
] as const satisfies readonly BehaviourId[];

/** The plans the general edition shows side by side: the ones an employer hands to staff in the apps. */
export const generalEditionPlans = ["team", "enterprise"] as const satisfies readonly OrgPlan[];

/**
 * Ids of the model's caveats (content/model/notes.ts) general enough for the one-pager; the full report
 * has the rest. A unit test checks that each exists.
 */
export const onePagerNotes = ["anthropic-tools-only", "device-monitoring"] as const;
