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
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const successes = records.filter((record) => record.outcome.pass).length;
  const sum = (pick: (record: TrialRecord) => number) => records.reduce((total, record) => total + pick(record), 0);

  const failures = new Map<string, number>();
  for (const record of records) {
    if (!record.outcome.pass && record.outcome.reason) failures.set(record.outcome.reason, (failures.get(record.outcome.reason) ?? 0) + 1);
  }
  const ranked = [...failures.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));

  return {
    runs: records.length,
    tasks: counts.length,
    k,
    successRate: successes / records.length,
    pathPassRate: records.filter((record) => record.path.pass).length / records.length,
    luckyRate: records.filter((record) => record.outcome.pass && !record.path.pass).length / records.length,
    passAtK: mean(counts.map(({ n, c }) => passAtK(n, c, k))),
    passHatK: mean(counts.map(({ n, c }) => passHatK(n, c, k))),
    costPerSuccessUsd: successes === 0 ? Number.POSITIVE_INFINITY : sum((record) => record.costUsd) / successes,
    stepsPerSuccess: successes === 0 ? Number.POSITIVE_INFINITY : sum((record) => record.steps) / successes,
    failures: Object.fromEntries(ranked),
    commonestFailure: ranked[0] && { reason: ranked[0][0], runs: ranked[0][1] },
  };
}
