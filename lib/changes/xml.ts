/** Just enough XML writing for the feed: escaped text and attributes, and elements built from them. */

/** Characters XML 1.0 does not allow at all, even escaped; dropped rather than written. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(value: string): string {
  return value.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes: the text escapes, and quotes as well. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

type Attributes = Readonly<Record<string, string | undefined>>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
}

/** An element whose children are already-written XML. */
export function element(name: string, attrs: Attributes, ...children: string[]): string {
  return children.length === 0
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${children.join("")}</${name}>`;
}

/** An element holding text, which is escaped. */
export function textElement(name: string, attrs: Attributes, text: string): string {
  return `<${name}${attributes(attrs)}>${escapeText(text)}</${name}>`;
}
