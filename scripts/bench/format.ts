/** How the report writes its figures. */

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const ms = (value: number, digits = 0) => `${value.toFixed(digits)} ms`;

/** A difference in milliseconds, always signed: "+1020 ms", "−15 ms". */
export const signedMs = (value: number) => `${value < 0 ? "\u2212" : "+"}${Math.abs(Math.round(value))} ms`;

export const ratio = (value: number) => `${value.toFixed(2)}\u00d7`;

/** A score out of 100; a median of an even number of runs can fall on a half. */
export const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** A figure that misses its target, marked so it stands out in the table. */
export const missed = (text: string) => `${text} \u2717`;
