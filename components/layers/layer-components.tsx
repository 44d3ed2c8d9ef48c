import type { MDXComponents } from "mdx/types";
import { Cite, Dispute, ExampleLabel, ForYou, InShort, Misconception } from "@/components/mdx/explainer-boxes";
import { Term } from "@/components/mdx/term";
import { AccessDelay, AccessEventAnatomy } from "./access-event-anatomy";
import { AnalyticsRow } from "./analytics-row";
import { AuditExplorer } from "./audit-explorer";
import { AuditRowAnatomy } from "./audit-row-anatomy";
import { ClaudeCodeSession, ClaudeCodeSignIn } from "./claude-code-session";
import { DeletionTimeline } from "./deletion-timeline";
import { IncognitoTimeline } from "./incognito-timeline";
import { ReasonCodesTable } from "./reason-codes-table";

/**
 * What explainer MDX may use beyond the site-wide MDX components: the boxes, citations, glossary terms and
 * interactive parts. Passed only to the layer pages, so other MDX pages do not ship their JavaScript.
 */
export const layerComponents: MDXComponents = {
  Cite,
  Dispute,
  ExampleLabel,
  ForYou,
  InShort,
  Misconception,
  Term,
  AccessDelay,
  AccessEventAnatomy,
  AnalyticsRow,
  AuditExplorer,
  AuditRowAnatomy,
  ClaudeCodeSession,
  ClaudeCodeSignIn,
  DeletionTimeline,
  IncognitoTimeline,
  ReasonCodesTable,
};
