// How hard the service tries before it gives up on a provider, and the routes it tries in order.
import type { Provider } from './providers.ts';

export interface RetryPolicy {
  /** Calls to one provider before switching to the next (the first call included). */
  attemptsPerProvider: number;
  /** The backoff's first ceiling; it doubles with each retry… */
  baseDelayMs: number;
  /** …up to this cap. */
  maxDelayMs: number;
  /** A call that has not answered by then is abandoned (and the next provider tried). */
  attemptTimeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attemptsPerProvider: 3, baseDelayMs: 250, maxDelayMs: 4_000, attemptTimeoutMs: 6_000 };

export interface Route {
  provider: Provider;
  /** What the configuration asks for: an alias or a snapshot id. */
  model: string;
  /** The snapshot the evaluation passed on; any other answering is a silent change. */
  expectedModel: string;
}
