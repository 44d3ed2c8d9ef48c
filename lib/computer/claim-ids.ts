/**
 * Every claim a finding can cite. The page sends only these claims' statements to the browser, not the
 * whole model; a property test checks that no finding cites a claim missing here.
 */
import type { ClaimId } from "@/lib/content/model";

export const readerClaimIds = [
  "otel-switches",
  "otel-not-to-anthropic",
  "otel-managed-settings-reach",
  "otel-prompts",
  "otel-tool-details",
  "otel-identity-claude-account",
  "otel-identity-api-key",
  "otel-resource-attributes",
  "claude-code-operational-metrics",
  "claude-code-disable-telemetry",
  "claude-code-auth-precedence",
  "claude-code-status-login",
  "claude-code-sign-in-files",
  "claude-code-cleanup-period",
  "claude-code-local-transcripts",
  "claude-code-config-dir",
  "claude-code-request-routing",
  "claude-code-sends",
  "managed-settings-file-locations",
  "managed-settings-drop-ins",
  "managed-source-precedence",
  "managed-settings-device-policy",
  "managed-settings-status",
  "managed-settings-status-labels",
  "server-managed-settings-cache",
  "settings-env-precedence",
  "settings-invalid-files",
] as const satisfies readonly ClaimId[];
