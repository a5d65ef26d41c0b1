// Milestone 4: the fallbacks. Retry a 429 with exponential backoff and full jitter, switch
// provider when one is rate-limited past its retries, down or too slow, and pin the model
// when an alias starts answering with a snapshot nobody evaluated.
import type { Random, SimClock } from './clock.ts';
import type { ProviderReply } from './providers.ts';
import type { RetryPolicy, Route } from './retry-policy.ts';
import type { Attempt, AttemptStatus, Fallback } from './span-types.ts';

/** Full jitter: a uniform wait between 0 and min(maxDelayMs, baseDelayMs · 2^retry), retry counting from 0. */
export function backoffDelay(retry: number, random: Random, policy: RetryPolicy): number {
  if (!Number.isInteger(retry) || retry < 0) throw new Error(`backoffDelay: retry must be a whole number from 0, not ${retry}.`);
  return random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
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

function statusOf(reply: ProviderReply, route: Route, timeoutMs: number): AttemptStatus {
  if (reply.latencyMs > timeoutMs) return 'timeout';
  if (reply.status === 429) return 'rate-limited';
  if (reply.status !== 200) return 'unavailable';
  return reply.model === route.expectedModel ? 'ok' : 'model-changed';
}

export function callWithFallback({ routes, inputTokens, clock, random, policy, pins }: CallContext): CallResult {
  const attempts: Attempt[] = [];
  const fallbacks: Fallback[] = [];
  for (const [index, route] of routes.entries()) {
    if (index > 0) fallbacks.push('switch-provider');
    let retry = 0;
    while (retry < policy.attemptsPerProvider) {
      const requestedModel = pins.get(route.provider.name) ?? route.model;
      const startMs = clock.now();
      const reply = route.provider.call({ model: requestedModel, inputTokens, atMs: startMs });
      const status = statusOf(reply, route, policy.attemptTimeoutMs);
      const latencyMs = Math.min(reply.latencyMs, policy.attemptTimeoutMs);
      clock.sleep(latencyMs);
      attempts.push({ provider: route.provider.name, requestedModel, expectedModel: route.expectedModel, responseModel: reply.model, status, startMs, latencyMs, inputTokens, outputTokens: reply.outputTokens });

      if (status === 'ok') return { attempts, fallbacks, answer: { ...reply, provider: route.provider.name } };
      if (status === 'timeout') break; // a slow provider stays slow for a while: do not wait on it twice
      if (status === 'model-changed' && requestedModel !== route.expectedModel) {
        // Ask again for the snapshot that was evaluated, and keep asking for it from now on.
        pins.set(route.provider.name, route.expectedModel);
        fallbacks.push('pin-model');
        continue; // not a retry of a failure: it does not use up the provider's attempts
      }
      retry += 1;
      if (retry < policy.attemptsPerProvider) {
        fallbacks.push('retry');
        clock.sleep(Math.max(backoffDelay(retry - 1, random, policy), reply.retryAfterMs ?? 0));
      }
    }
  }
  return { attempts, fallbacks, answer: null };
}
