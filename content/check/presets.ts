import type { SituationInput } from "@/lib/model/situation-schema";

/** A ready-made report for a common situation: a static page that works without JavaScript. */
export type Preset = {
  /** The page's address: /check/report/<id>/. */
  id: string;
  title: string;
  /** What the preset assumes, in one or two sentences. */
  description: string;
  situation: SituationInput;
};

/** Everything a person can do in the Claude apps, so app reports cover every behaviour. */
const everyBehaviour = ["incognito", "delete-chat", "rename-chat", "upload-files", "projects"] as const;

/** Enterprise as it comes: every optional feature off until someone turns it on or Anthropic enables it. */
const enterpriseDefaults = {
  "compliance-api": "no",
  "custom-retention": "no",
  zdr: "no",
  "access-transparency": "no",
  cmek: "no",
  "otel-monitoring": "no",
  "otel-prompts": "no",
  "cowork-otel": "no",
  "compliance-key-shared": "no",
  "inference-hooks": "no",
} as const;

export const presets: readonly Preset[] = [
  {
    id: "personal-plan",
    title: "A personal Free, Pro or Max plan",
    description:
      "You use your own Claude account in the apps, including incognito chats, files and projects, and signed up with an e-mail address of your own, not your work one.",
    situation: {
      account: "personal",
      surfaces: ["claude-apps"],
      behaviours: [...everyBehaviour],
      settings: { "work-email": "no" },
    },
  },
  {
    id: "personal-plan-work-email",
    title: "A personal plan on your work e-mail address",
    description:
      "As the personal plan above, but the account uses your work e-mail address, which an employer with Claude Enterprise can claim.",
    situation: {
      account: "personal",
      surfaces: ["claude-apps"],
      behaviours: [...everyBehaviour],
      settings: { "work-email": "yes" },
    },
  },
  {
    id: "team",
    title: "A Team plan",
    description:
      "You use the Claude apps with your employer's Team account, including incognito chats, files and projects. Settings you cannot know are left as unknown.",
    situation: { account: "team", surfaces: ["claude-apps"], behaviours: [...everyBehaviour] },
  },
  {
    id: "enterprise-default",
    title: "Enterprise with default settings",
    description:
      "You use the Claude apps on an Enterprise plan whose optional features are all off: no Compliance API, no custom retention, no zero data retention, no telemetry, no Inference hooks.",
    situation: {
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: [...everyBehaviour],
      settings: enterpriseDefaults,
    },
  },
  {
    id: "enterprise-compliance-api",
    title: "Enterprise with the Compliance API on",
    description:
      "As Enterprise with default settings, but the Primary Owner has turned on the Compliance API. Whether keys were given to tools or other people is left as unknown.",
    situation: {
      account: "enterprise",
      surfaces: ["claude-apps"],
      behaviours: [...everyBehaviour],
      settings: { ...enterpriseDefaults, "compliance-api": "yes", "compliance-key-shared": "unknown" },
    },
  },
  {
    id: "claude-code-enterprise",
    title: "Claude Code signed in with an Enterprise account",
    description:
      "You use Claude Code in a terminal, the desktop app or an IDE, signed in with your organization's Enterprise account. Organization settings are left as unknown.",
    situation: { account: "enterprise", surfaces: ["claude-code-work-login"] },
  },
  {
    id: "claude-code-api-key",
    title: "Claude Code with an API key",
    description:
      "You use Claude Code with an API key from your organization's Claude Console. Organization settings are left as unknown.",
    situation: { account: "console", surfaces: ["claude-code-api-key"] },
  },
  {
    id: "claude-api-access-transparency",
    title: "The Claude API with Access Transparency",
    description:
      "Your code calls the Claude API with your organization's Console key, and Anthropic has enabled Access Transparency for the organization. Other settings are left as unknown.",
    situation: { account: "console", surfaces: ["claude-api"], settings: { "access-transparency": "yes" } },
  },
];
