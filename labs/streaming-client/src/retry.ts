export interface BackoffOptions {
  /** Delay ceiling of the first retry, in milliseconds. */
  baseMs: number;
  /** The jittered delay's ceiling never grows past this (a server's Retry-After can ask for longer). */
  maxMs: number;
  /** Source of randomness, replaceable in tests. */
  random?: () => number;
}

/** Is an answer with this HTTP status worth another try? */
export function isRetryable(status: number): boolean {
  // TODO: 429 (rate limited), 408 (request timeout) and every 5xx are worth
  // retrying. Other 4xx mean the request itself is wrong: retrying won't help.
  return false;
}

/** Reads Retry-After (seconds, or an HTTP date) as milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, { baseMs, maxMs, random = Math.random }: BackoffOptions, retryAfter?: string | null): number {
  // TODO: exponential backoff with full jitter:
  //   ceiling = min(maxMs, baseMs × 2^attempt), delay = random() × ceiling.
  // If the server sent Retry-After (use parseRetryAfter), wait at least that
  // long, even when it is more than maxMs: retrying earlier only earns another 429.
  return 0;
}
