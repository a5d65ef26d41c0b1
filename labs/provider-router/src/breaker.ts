/**
 * A circuit breaker for one provider. Closed: requests go through and failures are counted. Open:
 * requests are refused without being sent, until the cool-down has passed. Half-open: one trial
 * request goes through; its success closes the breaker, its failure opens it again.
 */
import { checkOptions, type Breaker, type BreakerOptions } from './breaker-options.ts';

export type { Breaker, BreakerOptions, BreakerState } from './breaker-options.ts';

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
