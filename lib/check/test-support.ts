import type { Answers } from "./answers";

/** Answers with the products and activities answered "None of these" unless given. */
export const answers = (partial: Partial<Answers>): Answers => ({
  surfaces: [],
  behaviours: [],
  settings: {},
  ...partial,
});
