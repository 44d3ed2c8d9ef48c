/** Change-log entries for this topic; see authoring.ts for the shape. */
import type { AuthoredChange } from "./authoring";

const recorded = "2026-11-29";

export const windowsAndWordingChanges = [
  {
    id: "members-see-their-own-usage",
    date: "2026-08-22",
    recorded,
    title: "Members can see their own usage",
    summary:
      'Anthropic\'s usage analytics article now describes Member analytics: members of a Team or Enterprise organization see their own usage by product, model and skill under Settings > Usage. It has been on by default since 11 July 2026, and Owners can switch it off, so the site now answers "possible" for your own usage figures and tells you where to look.',
    sources: ["help-usage-analytics"],
    claims: ["member-usage-view"],
    layers: ["usage-analytics"],
    verdicts: [
      {
        accounts: ["team", "enterprise"],
        data: "usage-metrics",
        audience: "you",
        before: "no",
        after: "possible",
        when: "unless your Owners switch Member analytics off",
      },
    ],
  },
  {
    id: "personal-plan-retention",
    date: "2026-08-22",
    recorded,
    title: "How long Anthropic keeps data on personal plans",
    summary:
      "Anthropic's consumer privacy page and the Claude Code data page give the windows for Free, Pro and Max: up to 30 days, or up to 5 years if you let Anthropic use your data to improve Claude, with flagged content kept up to 2 years and a deleted chat leaving back-end storage within 30 days. The site used to say these were not stated; it now gives them, and a deleted chat on a personal plan is a firm yes for Anthropic's systems for those 30 days.",
    sources: ["privacy-consumer-retention", "claude-code-data-usage"],
    claims: ["consumer-retention", "consumer-deleted-chats", "consumer-claude-code-retention"],
    layers: ["anthropic-access"],
    verdicts: [
      {
        accounts: ["personal"],
        data: "deleted-chats",
        audience: "anthropic-automated",
        before: "possible",
        after: "yes",
        when: "for up to 30 days after you delete a chat",
      },
    ],
  },
  {
    id: "session-retention-local-and-remote",
    date: "2026-08-14",
    recorded,
    title: "Cowork sessions in the cloud keep a fixed 6 years",
    summary:
      "The Compliance API's sessions page keeps Cowork sessions run in the cloud for 6 years whatever the organization's retention setting, while sessions on your computer follow a finite custom retention period, shorter or longer, and the shortest if several are set. The site had applied the custom period to all Cowork sessions; it now gives the two windows separately.",
    sources: ["compliance-sessions", "api-data-retention"],
    claims: ["session-retention-windows"],
    layers: ["claude-code", "exports-and-compliance-api"],
    verdicts: [],
  },
  {
    id: "project-retention-supersedes-chats",
    date: "2026-07-15",
    recorded,
    title: "Project retention comes before chat retention",
    summary:
      "Anthropic's custom retention article says a period set for projects supersedes the one set for chats, counted from the project's last update. When you work in projects on Enterprise, the site's retention windows now say so.",
    sources: ["help-custom-retention"],
    claims: ["project-retention-supersedes", "custom-retention"],
    layers: ["exports-and-compliance-api", "incognito"],
    verdicts: [],
  },
  {
    id: "analytics-api-dates",
    date: "2026-08-22",
    recorded,
    title: "The Analytics API's dates, from the developer page",
    summary:
      "The help article no longer says the Analytics API covers only the past 90 days, and the developer page gives data for dates from 1 January 2026 on, per user and per day, with cost per person on usage-based plans. The site now cites the developer page, and says plainly that whether another limit applies is not documented.",
    sources: ["platform-analytics-api", "help-analytics-api"],
    claims: ["analytics-api", "analytics-vs-compliance"],
    layers: ["usage-analytics"],
    verdicts: [],
  },
  {
    id: "access-transparency-exclusions",
    date: "2026-08-19",
    recorded,
    title: "What Access Transparency leaves out, and Claude Platform on AWS",
    summary:
      "Anthropic's Access Transparency page lists the Batch and Files APIs and the Console's Playground as not covered, does not promise to cover content written before it was switched on, and covers Claude Platform on AWS. The site now says all of this where it describes recorded staff views, and its table lists each surface.",
    sources: ["access-transparency"],
    claims: ["at-exclusions", "at-coverage-timing", "at-covered-surfaces"],
    layers: ["anthropic-access"],
    verdicts: [],
  },
  {
    id: "console-claude-code-dashboard",
    date: "2026-07-21",
    recorded,
    title: "Who sees Claude Code spend in a Console organization",
    summary:
      "Anthropic's Claude Code analytics page says the Console dashboard shows each user's spend this month, by email address or API key, to the Developer, Billing and Admin roles. The site now answers yes for your Claude Code spend in a Console organization, where it used to say possible.",
    sources: ["claude-code-analytics"],
    claims: ["console-claude-code-dashboard"],
    layers: ["usage-analytics"],
    verdicts: [
      {
        accounts: ["console"],
        data: "usage-metrics",
        audience: "admins",
        before: "possible",
        after: "yes",
        when: "when you use Claude Code through the Console organization",
      },
    ],
  },
  {
    id: "dashboard-metrics-renamed",
    date: "2026-08-22",
    recorded,
    title: "The usage dashboard's renamed figures",
    summary:
      "The usage analytics article now speaks of weekly active members, spend concentration and top spenders, and its spend report lists each person's email address and account ID per product. The site's dashboard description, example row and claims now use these names instead of the old top-10 leaderboard.",
    sources: ["help-usage-analytics"],
    claims: ["usage-analytics-metrics", "usage-analytics-spend"],
    layers: ["usage-analytics"],
    verdicts: [],
  },
  {
    id: "zdr-scope-widened",
    date: "2026-11-29",
    dateIs: "no-later-than",
    recorded,
    title: "Zero data retention now names Claude Code on Enterprise",
    summary:
      "The privacy centre's page on zero data retention now names Claude Code for Enterprise plans alongside eligible APIs and products that use an organization's API key, and says Anthropic still keeps safety classifier results. The site quotes the new wording, and takes its Claude Code quotes from the English zero data retention page, which also says only sessions signed in to the organization are covered.",
    sources: ["privacy-zdr", "claude-code-zdr"],
    claims: ["zdr-scope", "zdr-enterprise", "zdr-sign-in-scope"],
    layers: ["claude-code"],
    verdicts: [],
  },
  {
    id: "activity-types-and-wording",
    date: "2026-08-22",
    recorded,
    title: "Activity types, the Activity Feed and other quotes brought up to date",
    summary:
      "The Compliance API reference now lists 464 activity types after its first three, the Activity Feed page no longer says it records every action, and the Admin API key page says admins create keys. The decoder's catalogue now holds only types Anthropic's stored pages name, explains that a viewed activity means an app loaded the item, and the other quotes match the pages word for word.",
    sources: ["compliance-api-reference", "compliance-activity-feed", "admin-api-keys", "help-roles"],
    claims: [
      "activity-type-examples",
      "activity-record-shape",
      "activity-feed",
      "claude-code-analytics-api",
      "single-primary-owner",
    ],
    layers: ["audit-logs", "exports-and-compliance-api"],
    verdicts: [],
  },
] as const satisfies readonly AuthoredChange[];
