/**
 * A personal account on a work e-mail address: what an employer with Claude Enterprise could come to
 * see through a domain claim. Nothing moves until the person chooses "merge and join", so the most any
 * rule here gives is "possible"; an account on another address stays outside any organization.
 */
import { account, all, settingOff, settingOn } from "@/lib/model/conditions";
import {
  claimableHistory,
  organizationRoles,
  personalAccountKindsAnEmployerCouldReach,
  type RuleDraft,
} from "./shared";

const personal = account("personal");
const onWorkAddress = all(personal, settingOn("work-email"));

/** The closed cells; the rules index puts them with the other gates, before every grant. */
export const accountGates = [
  {
    id: "personal-history-not-for-admins",
    when: personal,
    data: [...claimableHistory],
    audiences: ["admins"],
    verdict: "no",
    gate: true,
    mechanisms: [],
    reason:
      "Admins cannot reach your personal history: a personal plan has no organization, and even history merged into an Enterprise organization is exported by its Primary Owner, not by Admins.",
    claims: ["export-who", "domain-claim-merge"],
  },
  {
    id: "personal-sign-ins-outside-compliance-api",
    when: personal,
    data: ["sign-in-metadata"],
    audiences: ["compliance-key-holders"],
    verdict: "no",
    gate: true,
    mechanisms: [],
    reason:
      "On a personal plan there is no organization, so no compliance tool of your employer can reach your sign-ins through Anthropic's tools.",
    claims: ["compliance-api-plans", "domain-claim-account-list"],
  },
  {
    id: "personal-account-not-on-work-address",
    when: all(personal, settingOff("work-email")),
    data: [...personalAccountKindsAnEmployerCouldReach],
    audiences: [...organizationRoles],
    verdict: "no",
    gate: true,
    mechanisms: [],
    reason:
      "When your personal account is not on your work address, your employer can neither list nor claim it, and no admin, owner or compliance tool of your employer can reach it through Anthropic's tools.",
    claims: ["domain-claim-work-address-only", "domain-claim-enterprise-only", "compliance-api-plans"],
  },
] satisfies RuleDraft[];

export const accountRules = [
  {
    id: "domain-claim-history",
    when: onWorkAddress,
    data: [...claimableHistory],
    audiences: ["owners", "primary-owner", "compliance-key-holders"],
    verdict: "possible",
    mechanisms: ["domain-claim", "data-export", "compliance-api"],
    window:
      "nothing before a claim; if you choose merge and join, from then on, for as long as the organization keeps its data",
    reason:
      "Because your personal account uses your work address, an employer with Claude Enterprise can claim it. Only if you then choose merge and join do your chats, files and memory move into the organization, for good, where its exports and Compliance API reach them like any other member's.",
    question:
      "Has your employer claimed your e-mail domain for Claude Enterprise? You would get an e-mail and a notice in Claude with a deadline at least 30 days away. To keep your personal history out of the organization, export it first and choose join fresh.",
    claims: [
      "domain-claim-enterprise-only",
      "domain-claim-notice",
      "domain-claim-merge",
      "domain-claim-join-fresh",
      "domain-claim-hipaa-cmek",
    ],
  },
  {
    id: "domain-claim-account-list",
    when: onWorkAddress,
    data: ["sign-in-metadata"],
    audiences: ["admins", "owners", "primary-owner"],
    verdict: "possible",
    mechanisms: ["domain-claim"],
    window: "while your personal account stays on a domain the organization has verified",
    reason:
      "Because your personal account uses your work address, if your employer has Claude Enterprise and has verified that domain, its admins can list your account with its e-mail address, plan, creation date and last active date, before any claim.",
    question: "Does your employer use Claude Enterprise, with your e-mail domain verified? Ask your IT team.",
    claims: ["domain-claim-account-list", "domain-claim-enterprise-only"],
  },
] satisfies RuleDraft[];
