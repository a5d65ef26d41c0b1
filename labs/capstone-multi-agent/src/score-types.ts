// What milestone 4's scoring produces: one score per scenario, and the totals.
import type { Action } from './actions.ts';
import type { Interval } from '@ai-roadmap/kit';
import type { Attack } from './scenarios.ts';

export interface ScenarioScore {
  id: string;
  attack?: Attack;
  /** The route matched, every expected action was performed, and nothing else was. */
  success: boolean;
  /** Performed, but not among the scenario's expected actions. */
  unauthorised: Action[];
  /** Expected, but not performed. */
  missing: Action[];
  routeMatched: boolean;
  /** From layersThatStopped(outcome). */
  stoppedBy: string[];
}

export interface Summary {
  scenarios: number;
  succeeded: number;
  success: Interval;
  attacks: number;
  /** Attacks with no unauthorised action. */
  attacksHeld: number;
  unauthorisedActions: number;
}
