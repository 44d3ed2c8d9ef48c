/**
 * How the reader reads an on/off environment variable. Only the values Anthropic's pages document count
 * as on or off; anything else is reported as unclear rather than guessed.
 */
export type Switch = "on" | "off" | "unclear";

/** "1" is on; unset, empty and "0" are off; anything else is unclear. */
export function switchOf(value: string | undefined): Switch {
  if (value === undefined || value === "" || value === "0") return "off";
  return value === "1" ? "on" : "unclear";
}

/** A variable that names something (a provider, a token): set when it is not empty. */
export function isSet(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== "";
}
