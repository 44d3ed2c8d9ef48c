/**
 * The Enterprise Analytics API beyond chat counts: each person's daily Claude Code and Cowork figures,
 * read with a key only the Primary Owner can create.
 */
import { account, all, surface } from "@/lib/model/conditions";
import type { RuleDraft } from "./shared";

const analyticsApiWindow = "data for dates on or after 1 January 2026";

export const analyticsApiRules = [
  {
    id: "analytics-api-claude-code",
    when: all(account("enterprise"), surface("claude-code-work-login")),
    data: ["claude-code-metrics"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["analytics-api"],
    window: analyticsApiWindow,
    reason:
      "Your Primary Owner can also read your daily Claude Code figures, such as sessions, commits, pull requests, lines of code and tool actions, through the Analytics API.",
    claims: ["analytics-api"],
  },
  {
    id: "analytics-api-cowork",
    when: all(account("enterprise"), surface("cowork")),
    data: ["usage-metrics"],
    audiences: ["primary-owner"],
    verdict: "yes",
    mechanisms: ["analytics-api"],
    window: analyticsApiWindow,
    reason:
      "Each person's daily record in the Analytics API includes Cowork figures, so your Primary Owner can see how much you use Cowork.",
    claims: ["analytics-api-cowork", "analytics-api"],
  },
] satisfies RuleDraft[];
