/** Every claim, in the order the Sources page lists them within each source. */
import { accountClaims } from "./accounts";
import { anthropicClaims } from "./anthropic";
import { auditEventClaims } from "./audit-events";
import { claudeCodeClaims } from "./claude-code";
import { complianceClaims } from "./compliance";
import { computerClaims } from "./computer";
import { contextClaims } from "./context";
import { decodeClaims } from "./decode";
import { explainerClaims } from "./explainers";
import { inferenceHookClaims } from "./inference-hooks";
import { organizationClaims } from "./organization";

export const claims = [
  ...organizationClaims,
  ...auditEventClaims,
  ...complianceClaims,
  ...inferenceHookClaims,
  ...claudeCodeClaims,
  ...computerClaims,
  ...anthropicClaims,
  ...contextClaims,
  ...explainerClaims,
  ...decodeClaims,
  ...accountClaims,
] as const;

/** Every claim id; rules and notes cite claims by these, so a misspelt id fails to compile. */
export type ClaimId = (typeof claims)[number]["id"];
