/** Where the change log lives on the site (paths without the base path). */
export const changesPath = "/changes/";

/** The Atom feed of the change log. */
export const changesFeedPath = "/changes/feed.xml";

/** The address of one entry: the change log with the entry's anchor. */
export function changePath(id: string): string {
  return `${changesPath}#${id}`;
}
