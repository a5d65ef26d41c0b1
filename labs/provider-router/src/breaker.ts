/**
 * A circuit breaker for one provider. Closed: requests go through and failures are counted. Open:
 * requests are refused without being sent, until the cool-down has passed. Half-open: one trial
 * request goes through; its success closes the breaker, its failure opens it again.
 */
import type { Clock } from './clock.ts';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long the breaker stays open before it lets one trial through. */
  cooldownMs: number;
  clock: Clock;
}

export interface Breaker {
  state(): BreakerState;
  /** May a request be sent now? In half-open, true for the one trial only. */
  allowRequest(): boolean;
  recordSuccess(): void;
  recordFailure(): void;
}

function checkOptions(options: BreakerOptions): void {
  if (!Number.isInteger(options.failureThreshold) || options.failureThreshold < 1) throw new Error(`createBreaker: failureThreshold must be a whole number of at least 1, not ${options.failureThreshold}.`);
  if (!Number.isFinite(options.cooldownMs) || options.cooldownMs < 0) throw new Error(`createBreaker: cooldownMs must be a non-negative number, not ${options.cooldownMs}.`);
}

export function createBreaker(options: BreakerOptions): Breaker {
  checkOptions(options);
  // TODO: count consecutive failures, open at the threshold, wait cooldownMs on options.clock,
  // then let one trial through (half-open). This starter never opens.
  return {
    state: () => 'closed',
    allowRequest: () => true,
    recordSuccess: () => {},
    recordFailure: () => {},
  };
}
