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

  // TODO: for each stage share below 1, run windows until the decision is not 'hold':
  //  - canaryRequests = Math.round(policy.requestsPerWindow × share); the baseline gets the rest;
  //  - push simulateWindow(scenario.canary, canaryRequests, (seed += 1), policy.gradeEvery), then the
  //    baseline's window with the next seed (seed += 1), in that order, so every run draws the same traffic;
  //  - decide on summarise(all windows so far, policy.z) of each arm and record a Step;
  //  - a hold at window policy.maxWindowsPerStage becomes a roll back, with a reason that says so;
  //  - roll back ends the rollout at share 0; promote moves to the next stage; reaching 1 ends it promoted.
  void decide; void summarise; void simulateWindow; void baselineWindows; void canaryWindows; void seed;
  return { steps, outcome: 'promoted', finalShare: 1 };
}
