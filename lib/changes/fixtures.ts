/** Small, made-up change-log data for the unit tests: ids that exist only in `fixtureRefs`. */
import type { Change, ChangeRefs } from "./schema";

export const fixtureRefs: ChangeRefs = {
  today: "2026-11-22",
  claims: new Set(["owner-keys", "cmek-audit-logs"]),
  sources: new Set(["compliance-api", "cmek-page"]),
  layers: new Set(["audit-logs", "exports-and-compliance-api"]),
};

/** A valid entry; each test breaks one thing in a copy. */
export function fixtureChange(overrides: Partial<Change> = {}): Change {
  return {
    id: "owners-compliance-keys",
    date: "2026-07-08",
    recorded: "2026-08-20",
    title: "Owners can create Compliance keys",
    summary: "Owners can now create Compliance Access Keys for their own organization.",
    sources: ["compliance-api"],
    claims: ["owner-keys"],
    layers: ["exports-and-compliance-api"],
    verdicts: [
      {
        accounts: ["enterprise"],
        data: "chat-content",
        audience: "owners",
        before: "no",
        after: "yes",
        when: "when the Compliance API is on",
      },
    ],
    ...overrides,
  };
}
