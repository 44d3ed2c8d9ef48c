/**
 * What the reader may repeat from a file, and how. Nothing it prints is copied from a value that could be a
 * secret: tokens, API keys and header values are never echoed at all, e-mail addresses are masked unless
 * the person asks to see them, and an address is reduced to its host name.
 */

/** An e-mail address anywhere in a text; deliberately broad, since masking too much is harmless. */
const emailPattern = /[^\s@<>()[\]{}"',;:]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/** "jane.doe@example.com" becomes "j•••@example.com": enough to recognise, not enough to copy. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

/** The text with every e-mail address in it masked, or as it is when the person asked to see addresses. */
export function maskEmailsIn(text: string, reveal = false): string {
  return reveal ? text : text.replace(emailPattern, (match) => maskEmail(match));
}

/** A short, single-line excerpt of text read from a file, with addresses masked. */
export function excerpt(text: string, reveal = false, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  const short = line.length > max ? `${line.slice(0, max)}…` : line;
  return maskEmailsIn(short, reveal);
}

/**
 * The host name of a web address (an OpenTelemetry collector, a proxy, a gateway), without user name,
 * password, port, path or query, which may hold credentials. Undefined for anything that is not an
 * http or https address.
 */
export function hostOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const host = url.hostname;
  return host.length > 0 && host.length <= 253 ? host : undefined;
}
