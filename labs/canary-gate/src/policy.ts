import type { ArmProfile } from './traffic.ts';

/** The rules of a rollout: its stages, how much traffic a window holds, and what counts as worse. */
export interface Policy {
  /** The canary's share of traffic at each stage; the last is 1, full rollout. */
  stages: number[];
  /** Requests in one window across both arms; the canary gets its stage's share of them. */
  requestsPerWindow: number;
  /** The online eval grades one request in this many. */
  gradeEvery: number;
  /** How far the canary's pass rate may fall below the baseline's and still be promoted (0.03 = 3 points). */
  maxPassRateDrop: number;
  /** The largest rise in mean cost per request that is accepted (0.10 = 10%). */
  maxCostIncrease: number;
  /** The largest rise in p95 latency that is accepted (0.20 = 20%). */
  maxP95LatencyIncrease: number;
  /** Windows a stage may hold before the canary is rolled back for want of evidence. */
  maxWindowsPerStage: number;
  /** The z value of the confidence interval: 1.96 for 95%. */
  z: number;
}

export const defaultPolicy: Policy = {
  stages: [0.01, 0.1, 0.5, 1],
  requestsPerWindow: 10_000,
  gradeEvery: 1,
  maxPassRateDrop: 0.03,
  maxCostIncrease: 0.1,
  maxP95LatencyIncrease: 0.2,
  maxWindowsPerStage: 4,
  z: 1.96,
};

export interface Scenario {
  name: string;
  baseline: ArmProfile;
  canary: ArmProfile;
  seed: number;
}

const baseline: ArmProfile = { passRate: 0.9, meanCostUsd: 0.004, medianLatencyMs: 900 };

// Five candidate changes against the same baseline.
export const betterPrompt: Scenario = { name: 'a better prompt', baseline, canary: { passRate: 0.92, meanCostUsd: 0.0041, medianLatencyMs: 920 }, seed: 101 };
export const cheaperWorseModel: Scenario = { name: 'a cheaper model that answers worse', baseline, canary: { passRate: 0.8, meanCostUsd: 0.0012, medianLatencyMs: 600 }, seed: 202 };
export const dearerPrompt: Scenario = { name: 'a longer prompt that costs more', baseline, canary: { passRate: 0.91, meanCostUsd: 0.0052, medianLatencyMs: 950 }, seed: 303 };
export const slowReasoningModel: Scenario = { name: 'a reasoning model that is slow', baseline, canary: { passRate: 0.93, meanCostUsd: 0.004, medianLatencyMs: 1400 }, seed: 404 };
export const slightlyWorse: Scenario = { name: 'a change that is slightly worse', baseline, canary: { passRate: 0.87, meanCostUsd: 0.004, medianLatencyMs: 900 }, seed: 505 };

export const scenarios: Scenario[] = [betterPrompt, cheaperWorseModel, dearerPrompt, slowReasoningModel, slightlyWorse];
