import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapDifference, compareVersions, mcnemar, type Paired } from '../src/compare.ts';
import { tracesV1, tracesV2 } from '../src/data/traces.ts';

const close = (actual: number, expected: number, what: string, tolerance = 1e-4) =>
  assert.ok(Math.abs(actual - expected) < tolerance, `${what}: got ${actual}, expected ${expected}`);
const repeat = (count: number, pair: Paired): Paired[] => Array.from({ length: count }, () => pair);
/** 40 questions both pass, 10 both fail, 3 that v2 broke, 8 that v2 fixed. */
const small = [...repeat(40, { v1: true, v2: true }), ...repeat(10, { v1: false, v2: false }), ...repeat(3, { v1: true, v2: false }), ...repeat(8, { v1: false, v2: true })];
const human: Paired[] = tracesV1.map((trace, i) => ({ v1: trace.human.verdict === 'pass', v2: tracesV2[i]!.human.verdict === 'pass' }));

test('McNemar counts only the discordant pairs: b broken, c fixed', () => {
  const result = mcnemar(small);
  assert.equal(result.broken, 3, 'b: v1 passed and v2 failed');
  assert.equal(result.fixed, 8, 'c: v1 failed and v2 passed');
  close(result.statistic, 16 / 11, 'statistic (|3 − 8| − 1)² / 11');
  close(result.pValue, 0.2278, 'chi-square p-value, from chiSquareOneTail');
  close(result.exactPValue, 464 / 2048, 'exact p = 2 × (1 + 11 + 55 + 165) / 2^11', 1e-12);
});

test('McNemar with no discordant pairs, or a tie, finds nothing', () => {
  const none = mcnemar(repeat(20, { v1: true, v2: true }));
  assert.deepEqual([none.statistic, none.pValue, none.exactPValue], [0, 1, 1], 'b + c = 0: statistic 0, both p-values 1');
  const tie = mcnemar([...repeat(5, { v1: true, v2: false }), ...repeat(5, { v1: false, v2: true })]);
  assert.equal(tie.statistic, 0, 'b = c: the corrected statistic is 0, never (−1)²');
  assert.equal(tie.exactPValue, 1, 'the exact p-value is capped at 1');
});

test('v2 against v1 on 150 questions: 23 fixed, 9 broken, p = 0.022', () => {
  const result = mcnemar(human);
  assert.deepEqual([result.broken, result.fixed], [9, 23]);
  close(result.statistic, 169 / 32, 'statistic (|9 − 23| − 1)² / 32');
  close(result.pValue, 0.021556, 'chi-square p-value');
  close(result.exactPValue, 0.0200616, 'exact p-value', 1e-6);
});

test('the bootstrap is seeded: the same seed gives the same interval, another seed a slightly different one', () => {
  const first = bootstrapDifference(human, { resamples: 500, seed: 1 });
  const again = bootstrapDifference(human, { resamples: 500, seed: 1 });
  const other = bootstrapDifference(human, { resamples: 500, seed: 2 });
  assert.equal(first.resampled.length, 500, 'one difference per resample');
  assert.deepEqual(again.resampled, first.resampled, 'use seededRandom(seed), never Math.random');
  assert.notDeepEqual(other.resampled, first.resampled, 'the seed must change the draws');
  assert.ok(first.resampled.every((value, i) => i === 0 || first.resampled[i - 1]! <= value), 'return the resampled differences sorted');
});

test('the 95% bootstrap interval for v2 − v1 is +2.0 to +16.7 points (seed 7, 10,000 resamples)', () => {
  const interval = bootstrapDifference(human, { resamples: 10_000, seed: 7 });
  close(interval.difference, 14 / 150, 'the observed difference is computed on the pairs as they are', 1e-12);
  close(interval.lower, 0.02, 'lower bound: draw each index as Math.floor(random() * n), in order, and take quantile(sorted, 0.025)', 1e-9);
  close(interval.upper, 25 / 150, 'upper bound: quantile(sorted, 0.975)', 1e-9);
  const narrower = bootstrapDifference(human, { resamples: 10_000, seed: 7, level: 0.8 });
  assert.ok(narrower.upper - narrower.lower < interval.upper - interval.lower, 'an 80% interval is narrower than a 95% one');
});

test('the comparison says whether the difference is significant, with the right test', () => {
  const all = compareVersions(human, { resamples: 1000 });
  assert.equal(all.test, 'chi-square', '32 discordant pairs: the chi-square approximation is fine');
  close(all.pValue, 0.021556, 'its p-value');
  assert.equal(all.significant, true, 'p < 0.05: significant');
  close(all.passRateV1, 0.7, 'v1 pass rate');
  close(all.passRateV2, 119 / 150, 'v2 pass rate');

  const firstSixty = compareVersions(human.slice(0, 60), { resamples: 1000 });
  assert.equal(firstSixty.test, 'exact', '10 discordant pairs: fewer than 25, so the exact test');
  close(firstSixty.pValue, 0.109375, 'exact p-value for 8 fixed against 2 broken', 1e-9);
  assert.equal(firstSixty.significant, false, 'v2 won 8 to 2, and that is still not significant');
});
