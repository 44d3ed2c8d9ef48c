/** WCAG 2 contrast between two "#rrggbb" colours, used to refuse an accent colour people cannot read. */

/** The minimum for normal-size text (WCAG 2.2, 1.4.3 AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** What the accent colour sits on, or carries as text, in each theme (see app/globals.css). */
export const LIGHT_SURFACES = ["#ffffff", "#f4f4f5"] as const;
export const DARK_SURFACES = ["#111113", "#1f1f23"] as const;

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
