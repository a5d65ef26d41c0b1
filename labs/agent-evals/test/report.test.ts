import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priceOf } from '@ai-roadmap/kit';
import type { TrialRecord } from '../src/harness.ts';
import { runEvaluation } from '../src/harness.ts';
import { summarise } from '../src/report.ts';
import { tasks } from '../src/tasks.ts';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: got ${actual}, expected ${expected}`);

function record(taskId: string, trial: number, reason: string | undefined, costUsd: number, steps: number): TrialRecord {
  const outcome = reason === undefined ? { pass: true } : { pass: false, reason };
  return { taskId, trial, outcome, path: { pass: true }, steps, inputTokens: 0, outputTokens: 0, costUsd } as TrialRecord;
}

// Two tasks, three trials each: A passes twice, B once.
const records: TrialRecord[] = [
  record('A', 1, undefined, 0.002, 3),
  record('A', 2, undefined, 0.002, 3),
  record('A', 3, 'missing write', 0.004, 8),
  record('B', 1, 'wrong details', 0.004, 4),
  record('B', 2, undefined, 0.002, 3),
  record('B', 3, 'wrong details', 0.004, 4),
];

test('the success rate is the share of runs whose outcome passed', () => {
  close(summarise(records, 2).successRate, 0.5, '3 of 6 runs');
});

test('pass@k and pass^k are estimated per task, then averaged over the tasks', () => {
  const report = summarise(records, 2);
  // A: n=3, c=2 → pass@2 = 1 − C(1,2)/C(3,2) = 1, pass^2 = C(2,2)/C(3,2) = 1/3.
  // B: n=3, c=1 → pass@2 = 1 − C(2,2)/C(3,2) = 2/3, pass^2 = C(1,2)/C(3,2) = 0.
  close(report.passAtK, (1 + 2 / 3) / 2, 'pass@2');
  close(report.passHatK, (1 / 3 + 0) / 2, 'pass^2');
});

test('cost and steps per success count the failed runs too', () => {
  const report = summarise(records, 2);
  close(report.costPerSuccessUsd, 0.018 / 3, 'all six runs cost $0.018; three succeeded');
  close(report.stepsPerSuccess, 25 / 3, 'all six runs took 25 steps');
  const none = summarise([record('A', 1, 'missing write', 0.004, 8)], 1);
  assert.equal(none.costPerSuccessUsd, Number.POSITIVE_INFINITY, 'with no success, a success costs infinitely much');
});

test('the commonest failure is the reason seen most often; a tie goes to the first in alphabetical order', () => {
  const report = summarise(records, 2);
  assert.deepEqual(report.commonestFailure, { reason: 'wrong details', runs: 2 });
  assert.deepEqual(report.failures, { 'wrong details': 2, 'missing write': 1 });
  const tie = summarise([record('A', 1, 'unexpected write', 0, 1), record('A', 2, 'missing write', 0, 1)], 1);
  assert.deepEqual(tie.commonestFailure, { reason: 'missing write', runs: 1 });
});

test('the evaluation is seeded: the same seed gives the same runs, another seed others', () => {
  const price = priceOf('gpt-6.1-terra');
  const some = tasks.slice(0, 8);
  const first = runEvaluation({ tasks: some, trials: 3, seed: 'evaluation-1', price });
  assert.deepEqual(runEvaluation({ tasks: some, trials: 3, seed: 'evaluation-1', price }), first);
  assert.notDeepEqual(runEvaluation({ tasks: some, trials: 3, seed: 'evaluation-2', price }), first);
});

test('on the 25 tasks, pass^3 ≤ success rate ≤ pass@3, and some runs are right by luck', () => {
  const report = summarise(runEvaluation({ tasks, trials: 5, seed: 'evaluation-1', price: priceOf('gpt-6.1-terra') }), 3);
  assert.equal(report.runs, 125);
  assert.ok(report.successRate > 0 && report.successRate < 1, `a success rate of ${report.successRate}: some runs should fail`);
  assert.ok(report.passHatK < report.successRate && report.successRate < report.passAtK, `expected pass^3 (${report.passHatK}) < success rate (${report.successRate}) < pass@3 (${report.passAtK})`);
  assert.ok(report.luckyRate > 0, 'some runs reach the right outcome by a path that breaks the policy: judgePath should catch them');
  assert.ok(report.costPerSuccessUsd > 0 && Number.isFinite(report.costPerSuccessUsd));
  assert.ok(report.commonestFailure !== undefined && report.commonestFailure.runs > 1);
});
