/** The label tables of content/check/labels.ts that logic shares with the pages: verdict words, audiences' short names. */
export { audienceShortLabels, verdictLabels } from "@/content/check/labels";
