/**
 * The August 2026 refresh, items 7, 9 and 10: members' own usage, retention windows and outdated wording.
 * Each test goes through the real engine and model, and checks the verdicts, windows and the quotes behind
 * them against the stored snapshots of Anthropic's pages.
 */
import { describe, expect, it } from "vitest";
import { windowsAndWordingChanges } from "@/content/changes/windows-and-wording";
import { claims } from "@/content/model/claims";
import { coworkSessionsWindow, localSessionsWindow } from "@/content/model/rules/shared";
import { sources } from "@/content/model/sources";
import { makeSituation, type Answer, type SituationInput } from "@/lib/model/situation-schema";
import { settingIds, type AccountId, type AudienceId, type DataKindId, type SettingId } from "@/lib/model/vocabulary";
import { reviewClaims } from "@/lib/sources/review";
import { readSnapshots } from "@/lib/sources/snapshot-store";
import { cellOf, evaluate } from "./evaluate";

/** Every setting answered "no" unless overridden, so a situation is fully known however many settings exist. */
function known(on: Partial<Record<SettingId, Answer>> = {}): Record<SettingId, Answer> {
  return { ...(Object.fromEntries(settingIds.map((id) => [id, "no"])) as Record<SettingId, Answer>), ...on };
}
const report = (input: SituationInput) => evaluate(makeSituation(input));
const claim = (id: string) => {
  const found = claims.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no claim "${id}"`);
  return found;
};
const quotesOf = (id: string) => claim(id).citations.map((citation) => citation.quote);

/** The claims this work added or re-checked. */
const touched = [
  "member-usage-view",
  "usage-analytics-spend",
  "usage-analytics-metrics",
  "analytics-api",
  "analytics-vs-compliance",
  "custom-retention",
  "project-retention-supersedes",
  "single-primary-owner",
  "consumer-retention",
  "consumer-deleted-chats",
  "consumer-claude-code-retention",
  "session-retention-windows",
  "zdr-sign-in-scope",
  "zdr-scope",
  "zdr-enterprise",
  "at-covered-surfaces",
  "at-exclusions",
  "at-coverage-timing",
  "activity-type-examples",
  "activity-record-shape",
  "at-event-timing",
  "activity-feed",
  "claude-code-analytics-api",
  "console-claude-code-dashboard",
  "device-monitoring-third-party",
] as const;

describe("the claims behind this refresh", () => {
  const reviews = reviewClaims({ claims, sources }, readSnapshots());

  it("quote the newest stored copy of each official page", () => {
    for (const id of touched) {
      expect(["verified", "third-party"], `claim "${id}": ${JSON.stringify(reviews[id])}`).toContain(
        reviews[id]?.state,
      );
    }
  });

  it("were verified on 2026-11-29", () => {
    for (const id of touched) expect(claim(id).verified, id).toBe("2026-11-29");
  });
});

describe("item 7: members see their own usage", () => {
  for (const account of ["team", "enterprise"] as const) {
    it(`${account}: your own usage is possible, settled by looking at Settings > Usage`, () => {
      const result = report({ account, surfaces: ["claude-apps"], settings: known() });
      const cell = cellOf(result, "usage-metrics", "you");
      expect(cell.verdict).toBe("possible");
      expect(cell.rules).toEqual(["you-own-usage-view"]);
      expect(cell.mechanisms).toEqual(["your-own-copy"]);
      expect(cell.claims).toEqual(["member-usage-view"]);
      expect(cell.dependsOn).toEqual([]);
      expect(cell.question).toMatch(/Settings > Usage/);
      expect(cell.reason).toMatch(/11 July 2026/);
      // The organization's analytics stay closed to members.
      expect(cellOf(result, "claude-code-metrics", "you").verdict).toBe("no");
      expect(cellOf(result, "sign-in-metadata", "you").rules).toEqual(["you-member-without-admin-tools"]);
    });
  }

  it("rests on the article's own words: off by default until 11 July 2026, Owners control it", () => {
    const quotes = quotesOf("member-usage-view").join(" ");
    expect(quotes).toContain("can see their own usage broken down by product, model, and skill");
    expect(quotes).toContain("will be on by default starting on July 11, 2026");
    expect(quotes).toContain("Owners and Primary Owners control whether members can see this view.");
  });

  it("leaves personal plans as they were", () => {
    const cell = cellOf(report({ account: "personal", surfaces: ["claude-apps"] }), "usage-metrics", "you");
    expect(cell.verdict).toBe("possible");
    expect(cell.rules).toEqual(["you-own-records"]);
  });
});

describe("item 9: retention windows and scope", () => {
  it("personal plan: chats kept up to 30 days, or up to 5 years with training allowed; flagged up to 2 years", () => {
    const result = report({ account: "personal", surfaces: ["claude-apps"], settings: known() });
    const cell = cellOf(result, "chat-content", "anthropic-automated");
    expect(cell.verdict).toBe("yes");
    expect(cell.rules).toEqual(["automated-chats-personal"]);
    expect(cell.window).toBe(
      "Anthropic's consumer privacy page: up to 30 days in its back-end storage, or up to 5 years if you let Anthropic use your chats to improve Claude; flagged content up to 2 years",
    );
    expect(cell.claims).toContain("consumer-retention");
  });

  it("personal plan: a deleted chat is now a yes for Anthropic's systems, for up to 30 days", () => {
    const result = report({
      account: "personal",
      surfaces: ["claude-apps"],
      behaviours: ["delete-chat"],
      settings: known(),
    });
    const cell = cellOf(result, "deleted-chats", "anthropic-automated");
    expect(cell.verdict).toBe("yes");
    expect(cell.rules).toEqual(["automated-deleted-chats-personal"]);
    expect(cell.window).toBe("up to 30 days after you delete it; flagged content up to 2 years");
    expect(quotesOf("consumer-deleted-chats")).toEqual([
      "Removed from your chat history immediately",
      "Deleted from our back-end storage systems within 30 days",
    ]);
    expect(cellOf(result, "deleted-chats", "you").verdict).toBe("no");
  });

  it("Console or partner cloud in the Claude apps: which account's deletion times apply stays possible", () => {
    const result = report({
      account: "console",
      surfaces: ["claude-apps"],
      behaviours: ["delete-chat"],
      settings: known(),
    });
    const cell = cellOf(result, "deleted-chats", "anthropic-automated");
    expect(cell.verdict).toBe("possible");
    expect(cell.rules).toEqual(["automated-deleted-chats-other-accounts"]);
    expect(cell.question).toMatch(/Which Claude account holds your chats\?/);
  });

  it("personal Claude Code follows the consumer windows; with an API key, the API's 30 days", () => {
    const signedIn = cellOf(
      report({ account: "personal", surfaces: ["claude-code-work-login"], settings: known() }),
      "claude-code-transcripts",
      "anthropic-automated",
    );
    expect(signedIn.verdict).toBe("yes");
    expect(signedIn.window).toBe(
      "signed in with your Free, Pro or Max account: 30 days, or 5 years if you let Anthropic use your data to improve Claude; flagged sessions up to 2 years",
    );
    expect(signedIn.claims).toContain("consumer-claude-code-retention");
    const withKey = cellOf(
      report({ account: "personal", surfaces: ["claude-code-api-key"], settings: known() }),
      "claude-code-transcripts",
      "anthropic-automated",
    );
    expect(withKey.rules).toEqual(["automated-claude-code-personal-api-key"]);
    expect(withKey.window).toMatch(/^with a Console API key: 30 days/);
  });

  it("remote Cowork sessions keep a fixed 6 years; local sessions follow a finite custom period, the shortest", () => {
    expect(localSessionsWindow).toBe(
      "6 years by default, or your organization's custom retention period when a finite one is set, whether shorter or longer (the shortest, if several are set)",
    );
    expect(coworkSessionsWindow).toBe(
      `6 years for Cowork sessions run in the cloud; for Cowork in Claude Desktop, ${localSessionsWindow}`,
    );
    const settings = known({ "compliance-api": "yes", "custom-retention": "yes" });
    const cowork = cellOf(
      report({ account: "enterprise", surfaces: ["cowork"], settings }),
      "cowork-sessions",
      "primary-owner",
    );
    expect(cowork.verdict).toBe("yes");
    expect(cowork.window).toBe(coworkSessionsWindow);
    expect(cowork.claims).toContain("session-retention-windows");
    const code = cellOf(
      report({ account: "enterprise", surfaces: ["claude-code-work-login"], settings }),
      "claude-code-transcripts",
      "primary-owner",
    );
    expect(code.verdict).toBe("yes");
    expect(code.window).toBe(localSessionsWindow);
    const quotes = quotesOf("session-retention-windows").join(" ");
    expect(quotes).toContain("| 6 years |");
    expect(quotes).toContain("the shortest applies");
  });

  it("a project's retention period supersedes the chats' one", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: ["projects"],
      settings: known({ "custom-retention": "yes" }),
      retentionDays: 90,
    });
    const cell = cellOf(result, "chat-content", "anthropic-automated");
    expect(cell.window).toContain("90 days after the last message, under your organization's custom retention period");
    expect(cell.window).toContain(
      "chats inside a project follow the project's retention period instead, counted from the project's last update",
    );
    expect(cell.claims).toContain("project-retention-supersedes");
    const withoutProjects = cellOf(
      report({ account: "enterprise", surfaces: ["claude-apps"], settings: known({ "custom-retention": "yes" }) }),
      "chat-content",
      "anthropic-automated",
    );
    expect(withoutProjects.window).not.toContain("project");
  });

  it("the Analytics API: data from 1 January 2026, the 90-day limit marked as no longer documented", () => {
    const result = report({ account: "enterprise", surfaces: ["claude-apps"], settings: known() });
    const cell = cellOf(result, "usage-metrics", "primary-owner");
    expect(cell.verdict).toBe("yes");
    expect(cell.mechanisms).toContain("analytics-api");
    expect(cell.window).toContain("days from 1 January 2026 on");
    expect(cell.window).toContain(
      "the pages stored here do not say whether a limit on how far back it reaches still applies",
    );
    const cited = claim("analytics-api").citations;
    expect(cited.map((citation) => citation.source)).not.toContain("help-analytics-api-keys");
    expect(cited.filter((citation) => citation.source === "platform-analytics-api")).toHaveLength(4);
    expect(cited.some((citation) => citation.quote.includes("90 days"))).toBe(false);
    expect(sources.map((source) => source.id)).not.toContain("help-analytics-api-keys");
  });

  it("Access Transparency: Batch, Files, Playground and content from before enablement are left out", () => {
    const result = report({
      account: "enterprise",
      surfaces: ["claude-api"],
      settings: known({ "access-transparency": "yes" }),
    });
    const cell = cellOf(result, "api-content", "anthropic-staff");
    expect(cell.verdict).toBe("possible");
    expect(cell.rules).toContain("staff-view-recorded-api");
    expect(cell.mechanisms).toEqual(expect.arrayContaining(["access-transparency-feed", "human-review"]));
    expect(cell.window).toContain(
      "Batch, Files and Playground content, and content sent before Access Transparency was enabled, are not covered",
    );
    expect(cell.claims).toEqual(expect.arrayContaining(["at-exclusions", "at-coverage-timing"]));
    expect(quotesOf("at-covered-surfaces").join(" ")).toContain(
      "Claude Platform on AWS generates Access Transparency events",
    );
    expect(quotesOf("at-exclusions")).toContain("| Playground (Claude Console) | No | Not covered |");
  });

  it("Console: the Claude Code dashboard's per-person spend is a yes for admins", () => {
    const result = report({ account: "console", surfaces: ["claude-code-api-key"], settings: known() });
    const cell = cellOf(result, "usage-metrics", "admins");
    expect(cell.verdict).toBe("yes");
    expect(cell.rules).toEqual(["console-claude-code-spend"]);
    expect(
      cellOf(report({ account: "console", surfaces: ["claude-api"], settings: known() }), "usage-metrics", "admins")
        .verdict,
    ).toBe("possible");
  });
});

describe("item 10: outdated wording and numbers", () => {
  it("activity types: 464 more, and only names the stored pages show", () => {
    expect(quotesOf("activity-type-examples")).toContain(
      '"abuse_decision_received" or "account_deleted" or "admin_api_key_created" or 464 more',
    );
    expect(claim("activity-type-examples").statement).toMatch(/more than 460 activity types/);
    expect(quotesOf("activity-type-examples").join(" ")).not.toMatch(/310 more|audit_log_export/);
  });

  it("dashboard metrics use the renamed labels, and no top-10 list remains", () => {
    const metrics = quotesOf("usage-analytics-metrics");
    expect(metrics).toContain("Weekly active members");
    expect(metrics).not.toContain("Weekly active users (WAU)");
    const spend = quotesOf("usage-analytics-spend");
    expect(spend).toEqual(expect.arrayContaining(["Spend concentration", "Top spenders"]));
    expect(spend.join(" ")).not.toMatch(/Top 10/);
  });

  it("zero data retention: the wider scope, from the English pages", () => {
    expect(quotesOf("zdr-scope")[0]).toContain("and Claude Code for Enterprise plans");
    const zdrSource = sources.find((source) => source.id === "claude-code-zdr");
    expect(zdrSource?.url).toBe("https://code.claude.com/docs/en/zero-data-retention");
    expect(claim("zdr-enterprise").citations.every((citation) => citation.source === "claude-code-zdr")).toBe(true);
  });

  it("the Activity Feed no longer says every, and Admin API keys are created", () => {
    expect(quotesOf("activity-feed")[0]).toBe(
      "records authentication, chat, file, project, administrative, and platform activity",
    );
    expect(claim("activity-feed").statement).not.toMatch(/every/);
    expect(quotesOf("claude-code-analytics-api")).toContain(
      "Only organization members with the admin role can create Admin API keys.",
    );
  });
});

describe("the change log entries for this work", () => {
  /** A situation in which each recorded move can be seen. */
  const situations: Record<string, SituationInput> = {
    "members-see-their-own-usage": { account: "team", surfaces: ["claude-apps"] },
    "personal-plan-retention": { account: "personal", surfaces: ["claude-apps"], behaviours: ["delete-chat"] },
    "console-claude-code-dashboard": { account: "console", surfaces: ["claude-code-api-key"] },
  };

  it("record verdicts the engine really gives now", () => {
    for (const change of windowsAndWordingChanges) {
      for (const move of change.verdicts) {
        const base = situations[change.id];
        expect(base, `no situation for change "${change.id}"`).toBeDefined();
        for (const account of move.accounts as readonly AccountId[]) {
          const cell = cellOf(
            report({ ...base!, account, settings: known() }),
            move.data as DataKindId,
            move.audience as AudienceId,
          );
          expect(cell.verdict, `${change.id}: ${account} ${move.data} × ${move.audience}`).toBe(move.after);
        }
      }
    }
  });

  it("are dated no later than they were recorded", () => {
    for (const change of windowsAndWordingChanges) expect(change.date <= change.recorded, change.id).toBe(true);
  });
});
