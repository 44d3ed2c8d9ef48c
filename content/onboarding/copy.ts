/** The one-pager's title, with the organization's name in its edition. */
export function onePagerTitle(orgName?: string): string {
  return orgName ? `What ${orgName} can see when you use Claude` : "What your organization can see when you use Claude";
}

/** The one-pager's description, for search results and link previews. */
export function onePagerDescription(orgName?: string): string {
  return `A printable summary for new staff: who ${orgName ? `at ${orgName}` : "in an organization"} can see what of your use of Claude, whom to ask, and what you can do. Every answer cited.`;
}

/** Whom to ask when the organization has not named anyone. */
export const genericContact = "your IT team or your organization\u2019s Primary Owner";
