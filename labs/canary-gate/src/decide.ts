import type { Policy } from './policy.ts';
import type { ArmSummary } from './summary.ts';

export type Action = 'promote' | 'hold' | 'roll back';

export interface Decision {
  action: Action;
  /** Why, in words an on-call engineer can check against the numbers. */
  reasons: string[];
}

/**
 * Compares the canary with the baseline. Any guardrail breached rolls it back: cost, p95 latency,
 * or a pass rate whose whole interval lies below the baseline's. It is promoted only when the
 * interval's lower end clears the baseline minus the allowed drop; otherwise it holds for more data.
 */
export function decide(baseline: ArmSummary, canary: ArmSummary, policy: Policy): Decision {
  // TODO: collect a reason for each breach, with the numbers:
  //  - cost: canary.meanCostUsd above baseline.meanCostUsd × (1 + policy.maxCostIncrease), a reason starting "cost:";
  //  - latency: canary.p95LatencyMs above baseline.p95LatencyMs × (1 + policy.maxP95LatencyIncrease), "latency:";
  //  - quality: canary.passRate.high below baseline.passRate.rate, "quality:".
  // Any breach: roll back with all the reasons. Otherwise promote when canary.passRate.low is at least
  // baseline.passRate.rate − policy.maxPassRateDrop, and hold when it is not (say why, starting "quality:").
  void baseline; void canary; void policy;
  return { action: 'promote', reasons: [] };
}
