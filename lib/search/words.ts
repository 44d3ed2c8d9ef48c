/** How search splits text into words and compares them; the index and the query use the same two. */

/** A word: a run of letters and digits. "conversation_renamed" is two words, "cleanupPeriodDays" one. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The form a word is compared in: lower case, accents dropped ("Café" and "cafe" match). */
export function normalizeWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
