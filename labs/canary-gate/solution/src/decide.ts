import type { Policy } from './policy.ts';
import type { ArmSummary } from './summary.ts';

export type Action = 'promote' | 'hold' | 'roll back';

export interface Decision {
  action: Action;
  /** Why, in words an on-call engineer can check against the numbers. */
  reasons: string[];
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

/**
 * Compares the canary with the baseline. Any guardrail breached rolls it back: cost, p95 latency,
 * or a pass rate whose whole interval lies below the baseline's. It is promoted only when the
 * interval's lower end clears the baseline minus the allowed drop; otherwise it holds for more data.
 */
export function decide(baseline: ArmSummary, canary: ArmSummary, policy: Policy): Decision {
  const reasons: string[] = [];
  const costLimit = baseline.meanCostUsd * (1 + policy.maxCostIncrease);
  if (canary.meanCostUsd > costLimit) {
    reasons.push(`cost: $${canary.meanCostUsd.toFixed(5)} a request against a limit of $${costLimit.toFixed(5)} (baseline $${baseline.meanCostUsd.toFixed(5)} + ${percent(policy.maxCostIncrease)})`);
  }
  const latencyLimit = baseline.p95LatencyMs * (1 + policy.maxP95LatencyIncrease);
  if (canary.p95LatencyMs > latencyLimit) {
    reasons.push(`latency: p95 ${canary.p95LatencyMs} ms against a limit of ${Math.round(latencyLimit)} ms (baseline ${baseline.p95LatencyMs} ms + ${percent(policy.maxP95LatencyIncrease)})`);
  }
  const { low, high } = canary.passRate;
  const interval = `${percent(low)} to ${percent(high)} on ${canary.graded} graded`;
  if (high < baseline.passRate.rate) {
    reasons.push(`quality: pass rate ${interval}, wholly below the baseline's ${percent(baseline.passRate.rate)}`);
  }
  if (reasons.length > 0) return { action: 'roll back', reasons };

  const floor = baseline.passRate.rate - policy.maxPassRateDrop;
  if (low >= floor) return { action: 'promote', reasons: [`quality: pass rate ${interval}, at least the floor of ${percent(floor)}; cost and latency within limits`] };
  return { action: 'hold', reasons: [`quality: pass rate ${interval} straddles the floor of ${percent(floor)}: not enough evidence yet`] };
}
