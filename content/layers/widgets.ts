/**
 * The claims each explainer widget cites, by the name MDX uses for it. A page's sources are the claims its
 * MDX cites plus those of every widget it places (lib/content/layers.ts), so a numbered link inside a widget
 * always has its entry on the explainer's sources page. The widget components are typed against these names.
 */
import { auditEvents } from "@/content/catalogue/audit-events";
import { reasonCodeTable } from "@/content/decode/reason-codes";
import { claimsOf } from "@/lib/layers/cited";
import { accessDelayClaims } from "./anthropic-access/access-delay";
import { eventAnatomyClaims } from "./anthropic-access/event-anatomy";
import { rowAnatomyClaims } from "./audit-logs/row-anatomy";
import { sessionClaims } from "./claude-code/session";
import { signInClaims } from "./claude-code/sign-in";
import { deletionTimelineClaims } from "./exports-and-compliance-api/deletion-timeline";
import { incognitoTimelineClaims } from "./incognito/timeline";
import { analyticsRowClaims } from "./usage-analytics/analytics-row";

export const widgetClaims = {
  AccessDelay: accessDelayClaims,
  AccessEventAnatomy: eventAnatomyClaims,
  AnalyticsRow: analyticsRowClaims,
  AuditExplorer: claimsOf(auditEvents),
  AuditRowAnatomy: rowAnatomyClaims,
  ClaudeCodeSession: sessionClaims,
  ClaudeCodeSignIn: signInClaims,
  DeletionTimeline: deletionTimelineClaims,
  IncognitoTimeline: incognitoTimelineClaims,
  ReasonCodesTable: [...new Set(reasonCodeTable.map((entry) => entry.claim))],
} as const satisfies Record<string, readonly string[]>;

/** The name of an explainer widget, as MDX writes it (`<ClaudeCodeSession />`). */
export type WidgetName = keyof typeof widgetClaims;
