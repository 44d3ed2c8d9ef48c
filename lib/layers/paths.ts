/** The path of a layer's explainer. */
export function layerPath(id: string): string {
  return `/layers/${id}/`;
}

/** The path of the page listing every claim a layer's explainer makes, with its quotes. */
export function layerSourcesPath(id: string): string {
  return `${layerPath(id)}sources/`;
}
