export interface BackoffOptions {
  /** Delay ceiling of the first retry, in milliseconds. */
  baseMs: number;
  /** The jittered delay's ceiling never grows past this (a server's Retry-After can ask for longer). */
  maxMs: number;
  /** Source of randomness, replaceable in tests. */
  random?: () => number;
}

/** 429 (rate limited), 408 (request timeout) and 5xx are worth another try; other 4xx are not. */
export function isRetryable(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599);
}

/** Reads Retry-After (seconds, or an HTTP date) as milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Exponential backoff with full jitter: a random delay between 0 and
 * min(maxMs, baseMs × 2^attempt), so that many clients do not retry in step.
 * A Retry-After from the server is a floor, never cut down to maxMs: a retry
 * before the server's time is up only earns another 429. (Whether a wait that
 * long is acceptable is the caller's decision: see maxRetryAfterMs in client.ts.)
 */
export function backoffDelay(attempt: number, { baseMs, maxMs, random = Math.random }: BackoffOptions, retryAfter?: string | null): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  const jittered = random() * ceiling;
  const asked = parseRetryAfter(retryAfter);
  return asked === undefined ? jittered : Math.max(jittered, asked);
}
