/**
 * Fetching one page politely, with Node's own `fetch`: a User-Agent that says who asks and why, a time
 * limit per attempt, a cap on the body's size, redirects followed (the final address is kept), and at
 * most one retry, after a pause, for a server error (5xx) or a network failure. A 4xx answer is final,
 * and so is a timeout: a slow server is not asked twice. Markdown is asked for first: where a site can
 * serve a page's Markdown source, that is what the stored copies were taken from.
 */

export const userAgent =
  "what-can-my-employer-see-sources-refresh/1.0 (checks the Anthropic pages this site cites for changes; run by its maintainers)";

export type FetchOptions = {
  /** Time limit for each attempt, headers and body, in milliseconds. */
  timeoutMs: number;
  /** Largest body read, in bytes; a larger page fails. */
  maxBytes: number;
  /** Pause before the one retry, in milliseconds. */
  retryDelayMs: number;
};

/** Why a page could not be read, for scripts; each failure also carries a sentence for people. */
export const failureCauses = ["http", "timeout", "network", "too-large", "unsupported", "missing"] as const;
export type FailureCause = (typeof failureCauses)[number];

export type Fetched =
  | { kind: "ok"; finalUrl: string; contentType: string | null; body: string }
  | { kind: "failed"; cause: FailureCause; reason: string; finalUrl?: string; status?: number };

class TooLarge extends Error {}

const megabytes = (bytes: number) => `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset="?([\w-]+)"?/i.exec(contentType ?? "")?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

async function attempt(url: string, options: FetchOptions): Promise<Fetched> {
  let finalUrl: string | undefined;
  try {
    const response = await fetch(url, {
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { "User-Agent": userAgent, Accept: "text/markdown, text/html;q=0.9, text/plain;q=0.8" },
    });
    finalUrl = response.url || url;
    if (!response.ok) {
      await response.body?.cancel();
      const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      return { kind: "failed", cause: "http", reason, finalUrl, status: response.status };
    }
    const contentType = response.headers.get("content-type");
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      throw new TooLarge();
    }
    return {
      kind: "ok",
      finalUrl,
      contentType,
      body: decode(await readCapped(response, options.maxBytes), contentType),
    };
  } catch (error) {
    if (error instanceof TooLarge)
      return { kind: "failed", cause: "too-large", reason: `larger than ${megabytes(options.maxBytes)}`, finalUrl };
    if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError"))
      return { kind: "failed", cause: "timeout", reason: `no answer within ${options.timeoutMs / 1000} s`, finalUrl };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "failed", cause: "network", reason: `network error (${message}${cause})`, finalUrl };
  }
}

/** Fetches a page, retrying once after `retryDelayMs` when the server failed or the network did. */
export async function fetchPage(url: string, options: FetchOptions): Promise<Fetched> {
  const first = await attempt(url, options);
  const retry = first.kind === "failed" && (first.cause === "network" || (first.status ?? 0) >= 500);
  if (!retry) return first;
  await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs));
  return attempt(url, options);
}
