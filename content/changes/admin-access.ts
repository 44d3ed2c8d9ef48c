/** Change-log entries for this topic; see authoring.ts for the shape. */
import type { AuthoredChange } from "./authoring";

export const adminAccessChanges = [] as const satisfies readonly AuthoredChange[];
