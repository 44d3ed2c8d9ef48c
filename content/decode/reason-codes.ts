/**
 * The reason codes Anthropic documents for Access Transparency events, a closed set. The decoder marks any
 * other code as undocumented; the Anthropic access explainer lists these with their meanings.
 */
import type { ClaimId } from "../model/claims";

/** One documented code: what it says about an access or preservation, and the claim that documents it. */
export type ReasonCodeEntry = { code: string; meaning: string; claim: ClaimId };

export const reasonCodeTable = [
  { code: "safety_review", meaning: "Viewed in a usage-policy or safety investigation", claim: "at-reason-codes" },
  {
    code: "incident_response",
    meaning: "Viewed while investigating an incident affecting the organization",
    claim: "at-reason-codes",
  },
  {
    code: "policy_violation_investigation",
    meaning: "Preserved during a Trust and Safety policy-violation investigation",
    claim: "at-reason-codes",
  },
  { code: "csae_report", meaning: "Preserved as evidence for a child-safety (CSAE) report", claim: "at-reason-codes" },
] as const satisfies readonly ReasonCodeEntry[];
