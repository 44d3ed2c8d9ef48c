/** Conditions the Anthropic rule files share. */
import { account, all, not, surface } from "@/lib/model/conditions";

export const claudeAiOrganization = account("team", "enterprise");
export const notPartnerCloud = not(account("partner-cloud"));
/** Traffic Access Transparency and CMEK preservation can cover: the API and Claude Code with an API key. */
export const apiTraffic = all(account("team", "enterprise", "console"), surface("claude-api", "claude-code-api-key"));
