import type { OrgEdition } from "@/lib/profile/org-edition";

/** "Ask <team>: <e-mail> or <web page>", from the organization profile. */
export function OrgContact({ contact }: { contact: OrgEdition["contact"] }) {
  return (
    <>
      {contact.team}
      {contact.email && (
        <>
          {": "}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </>
      )}
      {contact.url && (
        <>
          {contact.email ? " or " : ": "}
          <a href={contact.url}>their page</a>
        </>
      )}
    </>
  );
}
