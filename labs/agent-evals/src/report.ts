import { passAtK, passHatK } from './estimators.ts';
import type { TrialRecord } from './harness.ts';

export interface Report {
  runs: number;
  tasks: number;
  k: number;
  /** Runs whose outcome passed, over all runs. */
  successRate: number;
  /** Runs whose path passed, over all runs. */
  pathPassRate: number;
  /** Runs whose outcome passed by a path that did not: right by luck. */
  luckyRate: number;
  /** pass@k and pass^k, each estimated per task and averaged over the tasks. */
  passAtK: number;
  passHatK: number;
  /** Everything spent, failures included, over the runs that succeeded (Infinity when none did). */
  costPerSuccessUsd: number;
  stepsPerSuccess: number;
  /** How many runs failed their outcome for each reason. */
  failures: Record<string, number>;
  /** The outcome failure seen most often (ties go to the name first in alphabetical order), or undefined when nothing failed. */
  commonestFailure: { reason: string; runs: number } | undefined;
}

/** The trials grouped by task: how many ran (n) and how many succeeded (c). */
export function countsByTask(records: TrialRecord[]): Map<string, { n: number; c: number }> {
  const counts = new Map<string, { n: number; c: number }>();
  for (const record of records) {
    const entry = counts.get(record.taskId) ?? { n: 0, c: 0 };
    entry.n += 1;
    if (record.outcome.pass) entry.c += 1;
    counts.set(record.taskId, entry);
  }
  return counts;
}

export function summarise(records: TrialRecord[], k: number): Report {
  if (records.length === 0) throw new Error('summarise: there are no trial records to summarise');
  const counts = [...countsByTask(records).values()];

  // TODO: fill in the rest of the report:
  //  - successRate: the share of runs whose outcome passed;
  //  - passAtK and passHatK: estimate each task's from its counts (n, c), then average over the tasks;
  //  - costPerSuccessUsd and stepsPerSuccess: the cost and steps of ALL runs, failures included,
  //    divided by the number of successes (Infinity when nothing succeeded);
  //  - failures: how many runs failed their outcome for each reason, and commonestFailure, the
  //    reason seen most often (a tie goes to the reason first in alphabetical order).
  return {
    runs: records.length,
    tasks: counts.length,
    k,
    successRate: 0,
    pathPassRate: records.filter((record) => record.path.pass).length / records.length,
    luckyRate: records.filter((record) => record.outcome.pass && !record.path.pass).length / records.length,
    passAtK: 0,
    passHatK: 0,
    costPerSuccessUsd: 0,
    stepsPerSuccess: 0,
    failures: {},
    commonestFailure: undefined,
  };
}
