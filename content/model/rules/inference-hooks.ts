/**
 * Inference hooks (Enterprise, beta): Anthropic sends the transcript of each prompt to an AI security
 * server the organization runs, before Claude answers. Whoever runs that server receives the content;
 * the Admins, Owners and Primary Owner who set the hook up choose where it goes, but Anthropic's pages
 * do not say they can read what the server keeps, so they get "possible".
 */
import { account, all, not, settingOff, settingOn, surface } from "@/lib/model/conditions";
import { dataKindIds } from "@/lib/model/vocabulary";
import type { RuleDraft } from "./shared";

const hooksOn = all(account("enterprise"), settingOn("inference-hooks"));
const serverWindow = "as long as your organization's AI security server keeps it";
const configurers = ["admins", "owners", "primary-owner"] as const;
const configurersReason =
  "When your organization uses Inference hooks, each prompt's transcript goes to an AI security server it runs; Admins, Owners and the Primary Owner choose that server, but Anthropic's pages do not say whether they can read what it receives or keeps.";
const configurersQuestion =
  "Who can read what your organization's AI security server receives or stores from Claude? Ask your security team.";

export const inferenceHookRules = [
  {
    id: "inference-hook-chats",
    when: all(hooksOn, surface("claude-apps")),
    data: ["chat-content", "uploaded-files"],
    audiences: ["inference-hook-server"],
    verdict: "yes",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason:
      "When your organization uses Inference hooks, Anthropic sends the transcript of each chat prompt, with the text taken from your attachments, to its AI security server before Claude answers, unless your role has been left out.",
    claims: [
      "inference-hooks-transcript",
      "inference-hooks-surfaces",
      "inference-hooks-coverage",
      "inference-hooks-archival",
    ],
  },
  {
    id: "inference-hook-deleted-chats",
    when: all(hooksOn, surface("claude-apps")),
    data: ["deleted-chats"],
    audiences: ["inference-hook-server"],
    verdict: "possible",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason:
      "When your organization uses Inference hooks, its server received each prompt as you sent it and may have archived it; Anthropic's pages do not say that deleting the chat in Claude removes that copy.",
    question:
      "Does your organization's AI security server keep the transcripts it receives, and for how long? Ask your security team.",
    claims: ["inference-hooks-transcript", "inference-hooks-archival"],
  },
  {
    id: "inference-hook-claude-in-chrome",
    when: all(hooksOn, surface("claude-in-chrome")),
    data: ["chat-content"],
    audiences: ["inference-hook-server"],
    verdict: "possible",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason:
      "When your organization uses Inference hooks, they cover claude.ai, Cowork and Claude Code; Claude in Chrome is not named, although its side panel can run as a Cowork session.",
    question:
      "Does your organization run the Claude in Chrome side panel as a Cowork session, and do its Inference hooks cover it? Ask your security team.",
    claims: ["inference-hooks-surfaces", "claude-in-chrome-side-panel"],
  },
  {
    id: "inference-hook-claude-code",
    when: all(hooksOn, surface("claude-code-work-login")),
    data: ["claude-code-transcripts"],
    audiences: ["inference-hook-server"],
    verdict: "yes",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason:
      "When your organization uses Inference hooks, Anthropic sends the transcript of each Claude Code prompt you make signed in with your Enterprise account, tool calls and their results included, to its AI security server, unless your role has been left out.",
    claims: [
      "inference-hooks-transcript",
      "inference-hooks-surfaces",
      "inference-hooks-coverage",
      "inference-hooks-archival",
    ],
  },
  {
    id: "inference-hook-cowork",
    when: all(hooksOn, surface("cowork")),
    data: ["cowork-sessions"],
    audiences: ["inference-hook-server"],
    verdict: "yes",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason:
      "When your organization uses Inference hooks, Anthropic sends the transcript of each Cowork prompt, tool calls and their results included, to its AI security server, unless your role has been left out.",
    claims: [
      "inference-hooks-transcript",
      "inference-hooks-surfaces",
      "inference-hooks-coverage",
      "inference-hooks-archival",
    ],
  },
  {
    id: "inference-hook-usage",
    when: all(hooksOn, surface("claude-apps", "claude-code-work-login", "cowork")),
    data: ["usage-metrics"],
    audiences: ["inference-hook-server"],
    verdict: "possible",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason:
      "When your organization uses Inference hooks, its server sees each prompt as it is made, and Anthropic lists measuring how the organization uses Claude as one use, but its pages do not say whether each prompt names who sent it.",
    question: "Does your organization's AI security server count prompts per person? Ask your security team.",
    claims: ["inference-hooks-archival", "inference-hooks-transcript"],
  },
  {
    id: "inference-hook-configurers-chats",
    when: all(hooksOn, surface("claude-apps")),
    data: ["chat-content", "uploaded-files", "deleted-chats"],
    audiences: [...configurers],
    verdict: "possible",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason: configurersReason,
    question: configurersQuestion,
    claims: ["inference-hooks-who", "inference-hooks-transcript", "inference-hooks-archival"],
  },
  {
    id: "inference-hook-configurers-claude-in-chrome",
    when: all(hooksOn, surface("claude-in-chrome")),
    data: ["chat-content"],
    audiences: [...configurers],
    verdict: "possible",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason: configurersReason,
    question: configurersQuestion,
    claims: ["inference-hooks-who", "inference-hooks-surfaces", "claude-in-chrome-side-panel"],
  },
  {
    id: "inference-hook-configurers-claude-code",
    when: all(hooksOn, surface("claude-code-work-login")),
    data: ["claude-code-transcripts"],
    audiences: [...configurers],
    verdict: "possible",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason: configurersReason,
    question: configurersQuestion,
    claims: ["inference-hooks-who", "inference-hooks-transcript", "inference-hooks-surfaces"],
  },
  {
    id: "inference-hook-configurers-cowork",
    when: all(hooksOn, surface("cowork")),
    data: ["cowork-sessions"],
    audiences: [...configurers],
    verdict: "possible",
    mechanisms: ["inference-hook"],
    window: serverWindow,
    reason: configurersReason,
    question: configurersQuestion,
    claims: ["inference-hooks-who", "inference-hooks-transcript", "inference-hooks-surfaces"],
  },
  {
    id: "inference-hooks-off",
    when: all(account("enterprise"), settingOff("inference-hooks")),
    data: [...dataKindIds],
    audiences: ["inference-hook-server"],
    verdict: "no",
    mechanisms: [],
    reason:
      "When your organization does not use Inference hooks, Anthropic sends nothing to an AI security server of its own.",
    claims: ["inference-hooks-transcript", "inference-hooks-who"],
  },
  {
    id: "inference-hooks-enterprise-only",
    when: not(account("enterprise")),
    data: [...dataKindIds],
    audiences: ["inference-hook-server"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Inference hooks exist only for Enterprise organizations, not for Team or personal plans, Console organizations or partner clouds, so Anthropic sends nothing of yours to an AI security server of your organization's.",
    claims: ["inference-hooks-not-available"],
  },
  {
    id: "inference-hook-server-scope",
    when: account("enterprise"),
    data: [...dataKindIds],
    audiences: ["inference-hook-server"],
    verdict: "no",
    mechanisms: [],
    reason:
      "Inference hooks send only the transcripts of prompts made in claude.ai, Cowork and Claude Code signed in to your Enterprise organization, without chat titles, sign-in details or anything sent with an API key, so this does not reach an AI security server.",
    claims: [
      "inference-hooks-transcript",
      "inference-hooks-surfaces",
      "inference-hooks-not-sent",
      "inference-hooks-not-available",
    ],
  },
] satisfies RuleDraft[];
