import type { QuestionDraft } from "@/lib/questions/schema";

/**
 * Questions employees and HR people ask in public, each answered per plan from the model's verdicts
 * (lib/questions/answers.ts). An editor writes the question, the situation it assumes on each plan, the
 * cells that answer it and a framing sentence for each verdict; the verdicts, reasons and sources come
 * from the engine. The frames must say nothing the cells below them do not: they only turn the verdict
 * into an answer to the question as asked. "The roles people call admin" are Admins, Owners and the
 * Primary Owner, which the page explains above the questions.
 */
export const questions = [
  {
    kind: "cells",
    id: "incognito-enterprise-admin",
    question: "Does incognito hide my chats from my Enterprise admin?",
    plans: [
      { situation: { account: "enterprise", surfaces: ["claude-apps"], behaviours: ["incognito"] } },
      { situation: { account: "team", surfaces: ["claude-apps"], behaviours: ["incognito"] } },
    ],
    cells: [
      {
        data: "chat-content",
        audiences: ["admins", "owners", "primary-owner", "compliance-key-holders", "inference-hook-server"],
      },
    ],
    headline: { data: "chat-content", audiences: ["admins", "owners", "primary-owner"] },
    frames: {
      yes: 'No. On this plan at least one of the roles people call "admin" can open your incognito chats; the list below says who, and how.',
      possible:
        'Not for certain. Whether one of the roles people call "admin" can open your incognito chats depends on the points below.',
      no: 'Yes. None of the roles people call "admin" can open your incognito chats on this plan.',
    },
    notes: ["inference-hooks-gaps"],
    readMore: ["incognito"],
  },
  {
    kind: "cells",
    id: "team-owner-read-chats",
    question: "Can my Team plan owner read my chats?",
    plans: [
      { situation: { account: "team", surfaces: ["claude-apps"] } },
      { situation: { account: "enterprise", surfaces: ["claude-apps"] } },
    ],
    cells: [{ data: "chat-content", audiences: ["owners", "primary-owner", "admins"] }],
    headline: { data: "chat-content", audiences: ["owners", "primary-owner"] },
    frames: {
      yes: "Yes. On this plan at least one of the owner roles can read your chats; the list below says which, and through what.",
      possible: "Possibly. Whether an Owner or the Primary Owner can read your chats depends on the points below.",
      no: "No. Neither Owners nor the Primary Owner can read your chats on this plan.",
    },
    readMore: ["exports-and-compliance-api"],
  },
  {
    kind: "cells",
    id: "admin-deleted-chats",
    question: "Can my admin see chats I deleted?",
    plans: [
      { situation: { account: "team", surfaces: ["claude-apps"], behaviours: ["delete-chat"] } },
      { situation: { account: "enterprise", surfaces: ["claude-apps"], behaviours: ["delete-chat"] } },
    ],
    cells: [
      {
        data: "deleted-chats",
        audiences: ["you", "admins", "owners", "primary-owner", "compliance-key-holders", "inference-hook-server"],
      },
      { data: "deletion-records", audiences: ["admins", "owners", "primary-owner"] },
    ],
    headline: { data: "deleted-chats", audiences: ["admins", "owners", "primary-owner"] },
    frames: {
      yes: 'Yes. On this plan at least one of the roles people call "admin" can still open a chat you deleted; the list below says who, and for how long.',
      possible:
        'Possibly. Whether one of the roles people call "admin" can still open a chat you deleted depends on the points below.',
      no: 'No. Once you delete a chat, none of the roles people call "admin" can open it on this plan.',
    },
    readMore: ["exports-and-compliance-api", "audit-logs"],
  },
  {
    kind: "cells",
    id: "own-usage",
    question: "Why can't I see my own usage when my admin can?",
    plans: [
      { situation: { account: "team", surfaces: ["claude-apps"] } },
      { situation: { account: "enterprise", surfaces: ["claude-apps"] } },
    ],
    cells: [{ data: "usage-metrics", audiences: ["you", "admins", "owners", "primary-owner"] }],
    headline: { data: "usage-metrics", audiences: ["you"] },
    frames: {
      yes: "You can. On this plan your own usage is open to you; the first line below says where.",
      possible:
        "It depends on your organization. The first line below says what decides whether you see your own usage, and where to find it.",
      no: "You cannot on this plan: your own usage figures are not open to you.",
    },
    readMore: ["usage-analytics"],
  },
  {
    kind: "cells",
    id: "personal-account-claimed",
    question:
      "My company says it will claim my personal Claude account that uses my work e-mail: what happens to my old chats?",
    plans: [
      {
        situation: {
          account: "personal",
          surfaces: ["claude-apps"],
          behaviours: ["upload-files"],
          settings: { "work-email": "yes" },
        },
        qualifier: "on your work e-mail address",
      },
    ],
    cells: [
      { data: "chat-content", audiences: ["you", "admins", "owners", "primary-owner", "compliance-key-holders"] },
      { data: "uploaded-files", audiences: ["owners", "primary-owner", "compliance-key-holders"] },
      { data: "memory", audiences: ["owners", "primary-owner", "compliance-key-holders"] },
      { data: "sign-in-metadata", audiences: ["admins", "owners", "primary-owner"] },
    ],
    headline: { data: "chat-content", audiences: ["owners", "primary-owner", "compliance-key-holders"] },
    frames: {
      yes: "Your employer's organization can reach them: the lines below say who can open them, and how.",
      possible:
        "It depends on what you choose when the claim comes. The lines below say what your employer could then reach, and the note after them what each choice does.",
      no: "They stay out of your employer's reach: no one in its organization can open them through Anthropic's tools.",
    },
    notes: ["domain-claim-choice"],
    readMore: ["exports-and-compliance-api"],
  },
  {
    kind: "one-pager",
    id: "one-page-summary",
    question: "Is there a one-page summary I can give new staff?",
    answer:
      "Yes. The one-pager for new staff sums up what an organization can see, whom to ask and what people can do, ready to print or save as a PDF.",
  },
] satisfies readonly QuestionDraft[];
