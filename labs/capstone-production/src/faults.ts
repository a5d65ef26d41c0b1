// The faults the chaos script injects into a simulated provider, each for a window of the run.
// A fault is data, so a scenario can be read (and printed in the report) as a list.

export interface RateLimitStorm {
  kind: 'rate-limit-storm';
  provider: string;
  fromMs: number;
  toMs: number;
  /** The share of calls answered with 429. */
  share: number;
  /** The Retry-After the 429 carries. */
  retryAfterMs: number;
}

export interface LatencySpike {
  kind: 'latency-spike';
  provider: string;
  fromMs: number;
  toMs: number;
  /** Every call takes this many times as long. */
  factor: number;
}

export interface AliasChange {
  kind: 'alias-change';
  provider: string;
  fromMs: number;
  toMs: number;
  /** The alias the provider re-points, without telling anyone… */
  alias: string;
  /** …to this snapshot. */
  to: string;
}

export type Fault = RateLimitStorm | LatencySpike | AliasChange;
export type FaultKind = Fault['kind'];

export const isActive = (fault: Fault, provider: string, atMs: number): boolean =>
  fault.provider === provider && atMs >= fault.fromMs && atMs < fault.toMs;
