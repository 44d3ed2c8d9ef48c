/** The explainer MDX modules by layer id; each exports a `meta` validated by lib/layer-meta.ts. */
import type { LayerId } from "@/lib/layer-meta";
import * as anthropicAccess from "./anthropic-access.mdx";
import * as auditLogs from "./audit-logs.mdx";
import * as claudeCode from "./claude-code.mdx";
import * as exportsAndComplianceApi from "./exports-and-compliance-api.mdx";
import * as incognito from "./incognito.mdx";
import * as usageAnalytics from "./usage-analytics.mdx";

export const layerModules = {
  "usage-analytics": usageAnalytics,
  "audit-logs": auditLogs,
  "exports-and-compliance-api": exportsAndComplianceApi,
  incognito,
  "claude-code": claudeCode,
  "anthropic-access": anthropicAccess,
} satisfies Record<LayerId, typeof import("*.mdx")>;
