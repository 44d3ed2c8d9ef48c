/**
 * Claims behind the audit-log event catalogue: which events the help page lists, and what two of them
 * record. Each quote is an event's row (its name and description) from the page's table.
 */
import type { AuthoredClaim } from "../authoring";

const verified = "2026-11-29";

export const auditEventClaims = [
  {
    id: "audit-events-sign-in",
    statement:
      "The audit log's sign-in and account events cover phone codes, magic links, sign-ins through SSO, Google or Apple, sign-outs and name changes.",
    citations: [
      { source: "help-audit-logs", quote: "user_verified_phone_code | User verified using the sent phone code." },
      { source: "help-audit-logs", quote: "user_signed_out | User signed out from their account." },
      { source: "help-audit-logs", quote: "user_signed_in_sso | User signed in via SSO." },
      { source: "help-audit-logs", quote: "user_signed_in_google | User signed in via Google." },
      { source: "help-audit-logs", quote: "user_signed_in_apple | User signed in via Apple." },
      { source: "help-audit-logs", quote: "user_sent_phone_code | User sent a phone code." },
      { source: "help-audit-logs", quote: "user_requested_magic_link | User requested a magic link." },
      { source: "help-audit-logs", quote: "user_name_changed | User changed the name on their account." },
      {
        source: "help-audit-logs",
        quote: "user_attempted_magic_link_verification | User attempted to verify using a magic link",
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
        quote: "org_user_invite_sent | An invite was sent to the user to join the organization.",
      },
      {
        source: "help-audit-logs",
        quote: "org_user_invite_rejected | A previously sent invite to a user was rejected.",
      },
      {
        source: "help-audit-logs",
        quote: "org_user_invite_re_sent | An invite was re-sent to the user to join the organization.",
      },
      {
        source: "help-audit-logs",
        quote: "org_user_invite_deleted | A previously sent invite to a user was deleted.",
      },
      {
        source: "help-audit-logs",
        quote: "org_user_invite_accepted | A previously sent invite to a user was accepted.",
      },
      { source: "help-audit-logs", quote: "org_user_deleted | A user was deleted from the organization." },
    ],
    verified,
  },
  {
    id: "audit-events-sso",
    statement: "The audit log records changes to single sign-on, just-in-time provisioning and verified domains.",
    citations: [
      {
        source: "help-audit-logs",
        quote: "org_sso_toggled | SSO connections for the organization have been toggled.",
      },
      {
        source: "help-audit-logs",
        quote: "org_sso_connection_deleted | A previously existing SSO connection has been deleted.",
      },
      {
        source: "help-audit-logs",
        quote: "org_sso_connection_deactivated | A previously existing SSO connection has been deactivated.",
      },
      { source: "help-audit-logs", quote: "org_sso_connection_activated | A new SSO connection has been activated." },
      {
        source: "help-audit-logs",
        quote: "org_sso_add_initiated | An attempt to add SSO for this organization has been initiated.",
      },
      { source: "help-audit-logs", quote: "org_jit_toggled | JIT for the organization has been toggled." },
      {
        source: "help-audit-logs",
        quote: "org_domain_verified | Domain capture was verified for this organization.",
      },
      {
        source: "help-audit-logs",
        quote: "org_domain_add_initiated | Domain capture was initiated for this organization.",
      },
    ],
    verified,
  },
  {
    id: "audit-events-exports",
    statement:
      "The audit log records when an organization data export starts and completes, and whether Anthropic started it; these events were added on 15 July 2025.",
    citations: [
      {
        source: "help-audit-logs",
        quote:
          "| org_data_export_started | Organization data export started. | export_type: All organization data. initiated_by_anthropic: Did Anthropic start the export (yes/no)? | n/a | 07/15/2025 |",
      },
      {
        source: "help-audit-logs",
        quote:
          "| org_data_export_completed | Organization data export completed. | export_type: All organization data. initiated_by_anthropic: Did Anthropic start the export (yes/no)? | n/a | 07/15/2025 |",
      },
    ],
    verified,
  },
  {
    id: "audit-log-entity-types",
    statement:
      "Each audit-log row names what it affected: an account, an invite, a project, a project document, a chat, a file or an SSO connection.",
    citations: [
      { source: "help-audit-logs", quote: "account | email_address: email address on the account | User accounts." },
      {
        source: "help-audit-logs",
        quote: "invite | role: Role the invite is for | Invite to join a team/organization",
      },
      {
        source: "help-audit-logs",
        quote: "chat_project | is_private: The visibility of the project | Project consisting of chats",
      },
      {
        source: "help-audit-logs",
        quote:
          "chat_project_document | project_uuid: UUID of the project this document is related to | Document in the knowledge base of a chat project",
      },
      {
        source: "help-audit-logs",
        quote:
          "chat_conversation | project_uuid: UUID of the project this conversation is a part of, if relevant | Chat conversation with Claude.",
      },
      { source: "help-audit-logs", quote: "| file | n/a | File uploaded to Claude |" },
      { source: "help-audit-logs", quote: "sso_connection | connection_type: Type of SSO connection" },
    ],
    verified,
  },
] as const satisfies readonly AuthoredClaim[];
