import type { LayerId } from "@/lib/layer-meta";
import type { SettingId } from "@/lib/model/vocabulary";

/**
 * Which organization settings each explainer's "At <organization>" box mentions, in an organization's
 * edition: the settings that change what the page describes.
 */
export const layerSettings = {
  "usage-analytics": ["otel-monitoring"],
  "audit-logs": ["compliance-api", "compliance-key-shared", "cmek"],
  "exports-and-compliance-api": [
    "compliance-api",
    "custom-retention",
    "compliance-key-shared",
    "cmek",
    "inference-hooks",
  ],
  incognito: ["compliance-api", "custom-retention"],
  "claude-code": ["otel-monitoring", "otel-prompts", "cowork-otel", "zdr", "compliance-api", "cmek", "inference-hooks"],
  "anthropic-access": ["access-transparency", "cmek", "zdr"],
} as const satisfies Record<LayerId, readonly SettingId[]>;
