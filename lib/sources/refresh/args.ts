/**
 * The command line of `npm run sources:refresh`, checked with zod:
 *
 *     npm run sources:refresh -- [--from DIR] [--out DIR] [--timeout SECONDS] [--concurrency N] [--max-bytes N]
 */
import { parseArgs } from "node:util";
import { z } from "zod";

export const refreshArgsSchema = z
  .object({
    /** A folder of saved pages to read instead of the network. */
    from: z.string().min(1).optional(),
    /** Where the review report goes. */
    out: z.string().min(1).default("sources-review"),
    /** Seconds each request may take. */
    timeout: z.coerce.number().positive().max(300).default(20),
    /** Requests at once. */
    concurrency: z.coerce.number().int().min(1).max(8).default(4),
    /** Largest page read, in bytes. */
    "max-bytes": z.coerce.number().int().positive().default(5_000_000),
  })
  .strict();

export type RefreshArgs = z.infer<typeof refreshArgsSchema>;

export const usage =
  "Usage: npm run sources:refresh -- [--from DIR] [--out DIR] [--timeout SECONDS] [--concurrency N] [--max-bytes N]";

/** The options given, with defaults; throws a message naming the bad option. */
export function parseRefreshArgs(argv: readonly string[]): RefreshArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      from: { type: "string" },
      out: { type: "string" },
      timeout: { type: "string" },
      concurrency: { type: "string" },
      "max-bytes": { type: "string" },
    },
  });
  const parsed = refreshArgsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; "));
  return parsed.data;
}
