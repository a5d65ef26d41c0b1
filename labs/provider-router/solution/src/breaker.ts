/**
 * A circuit breaker for one provider. Closed: requests go through and failures are counted. Open:
 * requests are refused without being sent, until the cool-down has passed. Half-open: one trial
 * request goes through; its success closes the breaker, its failure opens it again.
 */
import { checkOptions, type Breaker, type BreakerOptions, type BreakerState } from './breaker-options.ts';

export type { Breaker, BreakerOptions, BreakerState } from './breaker-options.ts';

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
