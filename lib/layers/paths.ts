/** The path of a layer's explainer. */
export function layerPath(id: string): string {
  return `/layers/${id}/`;
}
