/** Something a widget shows that cites claims. */
export type Cited<ClaimId extends string = string> = { readonly claims: readonly ClaimId[] };

/** The claims a widget's data cites, each once, in the order the widget shows them. */
export function claimsOf<ClaimId extends string>(items: readonly Cited<ClaimId>[]): ClaimId[] {
  return [...new Set(items.flatMap((item) => item.claims))];
}
