// Milestone 4: the fallbacks. Retry a 429 with exponential backoff and full jitter, switch
// provider when one is rate-limited past its retries, down or too slow, and pin the model
// when an alias starts answering with a snapshot nobody evaluated.
import type { Random, SimClock } from './clock.ts';
import type { ProviderReply } from './providers.ts';
import type { RetryPolicy, Route } from './retry-policy.ts';
import type { Attempt, AttemptStatus, Fallback } from './span-types.ts';

/** Full jitter: a uniform wait between 0 and min(maxDelayMs, baseDelayMs · 2^retry), retry counting from 0. */
export function backoffDelay(retry: number, random: Random, policy: RetryPolicy): number {
  // TODO: the ceiling doubles with each retry and stops at the cap; the wait is a random share of it.
  void retry;
  void random;
  void policy;
  return 0;
}

export interface CallResult {
  attempts: Attempt[];
  fallbacks: Fallback[];
  /** The reply the user's answer comes from, or null when every route failed. */
  answer: (ProviderReply & { provider: string }) | null;
}

export interface CallContext {
  routes: Route[];
  inputTokens: number;
  clock: SimClock;
  random: Random;
  policy: RetryPolicy;
  /** provider → the snapshot id to send instead of the configured model; shared by every request. */
  pins: Map<string, string>;
}

export function callWithFallback({ routes, inputTokens, clock, policy, pins }: CallContext): CallResult {
  // TODO: this calls the first provider once and hands back whatever it says. Make it:
  // - classify each reply: 'timeout' when it took longer than policy.attemptTimeoutMs (wait only
  //   that long), 'rate-limited' for 429, 'unavailable' for other errors, 'model-changed' when the
  //   response's model is not route.expectedModel, else 'ok';
  // - retry a 429 or 503 up to policy.attemptsPerProvider calls, waiting the larger of
  //   backoffDelay() and the reply's retryAfterMs, then switch to the next route;
  // - on a timeout, switch at once; on 'model-changed', pin the provider to route.expectedModel
  //   (pins) and ask again;
  // - record 'retry', 'switch-provider' and 'pin-model' in fallbacks as they happen; 'retry' only
  //   when another call to the same provider follows (three 429s: retry, retry, switch-provider).
  const route = routes[0]!;
  const requestedModel = pins.get(route.provider.name) ?? route.model;
  const startMs = clock.now();
  const reply = route.provider.call({ model: requestedModel, inputTokens, atMs: startMs });
  clock.sleep(reply.latencyMs);
  const status: AttemptStatus = reply.status === 200 ? 'ok' : reply.status === 429 ? 'rate-limited' : 'unavailable';
  const attempt: Attempt = { provider: route.provider.name, requestedModel, expectedModel: route.expectedModel, responseModel: reply.model, status, startMs, latencyMs: reply.latencyMs, inputTokens, outputTokens: reply.outputTokens };
  return { attempts: [attempt], fallbacks: [], answer: status === 'ok' ? { ...reply, provider: route.provider.name } : null };
}
