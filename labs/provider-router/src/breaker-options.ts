/** The circuit breaker's contract and the check of its options. */
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

export function checkOptions(options: BreakerOptions): void {
  if (!Number.isInteger(options.failureThreshold) || options.failureThreshold < 1) throw new Error(`createBreaker: failureThreshold must be a whole number of at least 1, not ${options.failureThreshold}.`);
  if (!Number.isFinite(options.cooldownMs) || options.cooldownMs < 0) throw new Error(`createBreaker: cooldownMs must be a non-negative number, not ${options.cooldownMs}.`);
}
