/** First words that keep their capital inside a sentence: names of products, roles and companies. */
const properFirstWords = new Set([
  "Claude",
  "Cowork",
  "API",
  "Compliance",
  "Activity",
  "Access",
  "OpenTelemetry",
  "Owners",
  "Admins",
  "Anthropic's",
  "Anthropic",
]);

/** A vocabulary label as it reads mid-sentence: "Organization data export" becomes "organization data export". */
export function inSentence(label: string): string {
  const firstWord = label.split(" ")[0] ?? "";
  return properFirstWords.has(firstWord) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
