/** Limits on what the summary keeps in full; everything past them is still counted. */
export const LIMITS = {
  errors: 20,
  errorReasons: 50,
  sampleRows: 200,
  actorRows: 25,
  highlights: 200,
  actorValues: 50,
  accessEvents: 50_000,
};
