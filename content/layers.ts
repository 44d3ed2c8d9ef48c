/**
 * The six visibility layers, as the home page introduces them. Every sentence here must be backed by the
 * claims listed with it (ids from content/model/claims); a unit test checks that each id exists.
 */
export type Layer = {
  /** Stable id, also the anchor on the home page. */
  id: string;
  /** Short name of the layer. */
  title: string;
  /** What the layer is, in one or two plain sentences. */
  summary: string;
  /** How much it reveals about a person. */
  reveals: string;
  /** Who can reach it. */
  holders: string;
  /** How long it stays reachable. */
  howLong: string;
  /** Claims the sentences above rest on. */
  claims: readonly string[];
};

export const layers = [] as const satisfies readonly Layer[];
