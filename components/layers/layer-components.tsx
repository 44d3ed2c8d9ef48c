import type { MDXComponents } from "mdx/types";
import { AccessDelay, AccessEventAnatomy } from "./access-event-anatomy";
import { AnalyticsRow } from "./analytics-row";
import { AuditExplorer } from "./audit-explorer";
import { AuditRowAnatomy } from "./audit-row-anatomy";
import { ClaudeCodeSession, ClaudeCodeSignIn } from "./claude-code-session";
import { DeletionTimeline } from "./deletion-timeline";
import { IncognitoTimeline } from "./incognito-timeline";

/** The interactive parts explainers may use, passed only to the layer pages' MDX. */
export const layerComponents: MDXComponents = {
  AccessDelay,
  AccessEventAnatomy,
  AnalyticsRow,
  AuditExplorer,
  AuditRowAnatomy,
  ClaudeCodeSession,
  ClaudeCodeSignIn,
  DeletionTimeline,
  IncognitoTimeline,
};
