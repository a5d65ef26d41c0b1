import { decide, type Action } from './decide.ts';
import type { Policy, Scenario } from './policy.ts';
import { summarise, type ArmSummary } from './summary.ts';
import { simulateWindow, type Window } from './traffic.ts';

/** One window of the rollout: the canary's share, what both arms showed, and the decision. */
export interface Step {
  share: number;
  /** The window's number at this stage, from 1. */
  window: number;
  baseline: ArmSummary;
  canary: ArmSummary;
  action: Action;
  reasons: string[];
}

export interface Rollout {
  steps: Step[];
  outcome: 'promoted' | 'rolled back';
  /** The canary's share at the end: 1 when promoted, 0 when rolled back. */
  finalShare: number;
}

/**
 * Runs the canary through the policy's stages. Each window sends the stage's share of traffic to the
 * canary and the rest to the baseline, pools every window each arm has run, and decides: promote moves
 * to the next stage (the last stage, 1, ends the rollout), hold runs another window at the same stage,
 * and roll back ends it. A stage that holds for policy.maxWindowsPerStage windows is rolled back.
 */
export function runRollout(scenario: Scenario, policy: Policy): Rollout {
  const baselineWindows: Window[] = [];
  const canaryWindows: Window[] = [];
  const steps: Step[] = [];
  let seed = scenario.seed;

  for (const share of policy.stages) {
    if (share >= 1) return { steps, outcome: 'promoted', finalShare: 1 };
    for (let window = 1; ; window += 1) {
      const canaryRequests = Math.round(policy.requestsPerWindow * share);
      canaryWindows.push(simulateWindow(scenario.canary, canaryRequests, (seed += 1), policy.gradeEvery));
      baselineWindows.push(simulateWindow(scenario.baseline, policy.requestsPerWindow - canaryRequests, (seed += 1), policy.gradeEvery));
      const baseline = summarise(baselineWindows, policy.z);
      const canary = summarise(canaryWindows, policy.z);
      const decision = decide(baseline, canary, policy);
      if (decision.action === 'hold' && window >= policy.maxWindowsPerStage) {
        decision.action = 'roll back';
        decision.reasons.push(`no decision after ${window} windows at ${share * 100}% of traffic`);
      }
      steps.push({ share, window, baseline, canary, ...decision });
      if (decision.action === 'roll back') return { steps, outcome: 'rolled back', finalShare: 0 };
      if (decision.action === 'promote') break;
    }
  }
  return { steps, outcome: 'promoted', finalShare: 1 };
}
