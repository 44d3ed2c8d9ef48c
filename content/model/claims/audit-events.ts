/** Claims behind the audit-log event catalogue: which events the help page lists, and what two of them record. */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-22";

export const auditEventClaims = [
  {
    id: "audit-events-sign-in",
    statement:
      "The audit log's sign-in and account events cover phone codes, magic links, sign-ins through SSO, Google or Apple, sign-outs and name changes.",
    citations: [
      {
        source: "help-audit-logs",
        quote:
          "user_verified_phone_code, user_signed_out, user_signed_in_sso, user_signed_in_google, user_signed_in_apple, user_sent_phone_code, user_requested_magic_link, user_name_changed, user_attempted_magic_link_verification",
      },
    ],
    verified,
  },
  {
    id: "audit-events-members",
    statement: "The audit log records invitations sent, re-sent, accepted, rejected and deleted, and members removed.",
    citations: [
      {
        source: "help-audit-logs",
        quote: "org_user_invite_sent / _rejected / _re_sent / _deleted / _accepted, org_user_deleted",
      },
    ],
    verified,
  },
  {
    id: "audit-events-sso",
    statement: "The audit log records changes to single sign-on, just-in-time provisioning and verified domains.",
    citations: [
      {
        source: "help-audit-logs",
        quote:
          "org_sso_toggled, org_sso_connection_deleted / _deactivated / _activated, org_sso_add_initiated, org_jit_toggled, org_domain_verified, org_domain_add_initiated",
      },
    ],
    verified,
  },
  {
    id: "audit-events-exports",
    statement:
      "The audit log records when an organization data export starts and completes, and whether Anthropic started it; these events were added on 15 July 2025.",
    citations: [
      { source: "help-audit-logs", quote: "org_data_export_started / _completed, added 07/15/2025" },
      { source: "help-audit-logs", quote: "initiated_by_anthropic: Did Anthropic start the export (yes/no)?" },
    ],
    verified,
  },
  {
    id: "audit-log-entity-types",
    statement:
      "Each audit-log row names what it affected: an account, an invite, a project, a project document, a chat, a file or an SSO connection.",
    citations: [
      {
        source: "help-audit-logs",
        quote: "account, invite, chat_project, chat_project_document, chat_conversation, file, sso_connection",
      },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
