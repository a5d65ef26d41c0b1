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
  const { failureThreshold, cooldownMs, clock } = options;
  let current: BreakerState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let trialInFlight = false;

  function open(): void {
    current = 'open';
    openedAt = clock.now();
    trialInFlight = false;
  }

  function state(): BreakerState {
    if (current === 'open' && clock.now() - openedAt >= cooldownMs) current = 'half-open';
    return current;
  }

  return {
    state,
    allowRequest() {
      const now = state();
      if (now === 'closed') return true;
      if (now === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    recordSuccess() {
      current = 'closed';
      failures = 0;
      trialInFlight = false;
    },
    recordFailure() {
      if (state() === 'half-open') return open();
      failures += 1;
      if (failures >= failureThreshold) open();
    },
  };
}
