import type { MDXComponents } from "mdx/types";
import type { ComponentType } from "react";
import { Cite, Dispute, ExampleLabel, ForYou, InShort, Misconception } from "@/components/mdx/explainer-boxes";
import { Term } from "@/components/mdx/term";
import type { WidgetName } from "@/content/layers/widgets";
import { AccessDelay, AccessEventAnatomy } from "../widgets/access-event-anatomy";
import { AnalyticsRow } from "../widgets/analytics-row";
import { AuditExplorer } from "../widgets/audit-explorer";
import { AuditRowAnatomy } from "../widgets/audit-row-anatomy";
import { ClaudeCodeSession, ClaudeCodeSignIn } from "../widgets/claude-code-session";
import { DeletionTimeline } from "../widgets/deletion-timeline";
import { IncognitoTimeline } from "../widgets/incognito-timeline";
import { ReasonCodesTable } from "../widgets/reason-codes-table";

/**
 * The interactive parts, one for each widget whose claims `content/layers/widgets.ts` declares: a widget
 * missing from either side fails to compile, so every page's sources include what its widgets cite.
 */
const widgets = {
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
} satisfies Record<WidgetName, ComponentType>;

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
  ...widgets,
};
