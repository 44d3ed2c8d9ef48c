/**
 * Every rule, in the order the engine reads them. Order matters only for "no": a closed cell shows the
 * first matching gate, or failing that the first matching "no" rule, so gates come first and more
 * specific explanations come before general ones.
 */
import { accountGates, accountRules } from "./accounts";
import { analyticsApiRules } from "./analytics-api";
import { anthropicAutomatedRules } from "./anthropic-automated";
import { anthropicStaffRules } from "./anthropic-staff";
import { claudeCodeRules } from "./claude-code";
import { complianceRules } from "./compliance";
import { consoleAndCloudRules } from "./console-and-cloud";
import { inferenceHookRules } from "./inference-hooks";
import { memoryGates, memoryRules } from "./memory";
import { organizationRules } from "./organization";
import { scopeRules } from "./scope";
import { telemetryRules } from "./telemetry";
import { youRules } from "./you";

export const rules = [
  ...scopeRules,
  ...memoryGates,
  ...accountGates,
  ...youRules,
  ...memoryRules,
  ...accountRules,
  ...organizationRules,
  ...analyticsApiRules,
  ...complianceRules,
  ...claudeCodeRules,
  ...inferenceHookRules,
  ...consoleAndCloudRules,
  ...telemetryRules,
  ...anthropicAutomatedRules,
  ...anthropicStaffRules,
];
