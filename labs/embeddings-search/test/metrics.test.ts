import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meanReciprocalRank, recallAtK } from '../src/metrics.ts';

// Four queries whose answers come back 1st, 3rd, not at all, and 2nd.
const results = [
  { expected: 'a', retrieved: ['a', 'b', 'c'] },
  { expected: 'b', retrieved: ['c', 'a', 'b'] },
  { expected: 'c', retrieved: ['a', 'b', 'd'] },
  { expected: 'd', retrieved: ['b', 'd'] },
];

test('recall@k counts the queries whose answer is in the top k', () => {
  assert.equal(recallAtK(results, 1), 0.25);
  assert.equal(recallAtK(results, 2), 0.5);
  assert.equal(recallAtK(results, 3), 0.75);
  assert.equal(recallAtK([], 3), 0);
});

test('mean reciprocal rank averages 1 / the place of each answer, 0 when it is missing', () => {
  const mrr = meanReciprocalRank(results);
  assert.ok(Math.abs(mrr - (1 + 1 / 3 + 0 + 1 / 2) / 4) < 1e-9, `MRR of answers at places 1, 3, none and 2 should be (1 + 1/3 + 0 + 1/2) / 4 ≈ 0.458, not ${mrr}`);
  assert.equal(meanReciprocalRank([{ expected: 'x', retrieved: ['x'] }]), 1);
  assert.equal(meanReciprocalRank([{ expected: 'x', retrieved: ['y', 'z'] }]), 0);
  assert.equal(meanReciprocalRank([]), 0, 'with no queries MRR is 0, not NaN');
});

test('mean reciprocal rank tells apart two rankings with the same recall', () => {
  const firsts = [{ expected: 'a', retrieved: ['a', 'b', 'c'] }];
  const thirds = [{ expected: 'a', retrieved: ['b', 'c', 'a'] }];
  assert.equal(recallAtK(firsts, 3), recallAtK(thirds, 3));
  assert.ok(meanReciprocalRank(firsts) > meanReciprocalRank(thirds), 'an answer in 1st place must score higher than one in 3rd');
  assert.ok(Math.abs(meanReciprocalRank(thirds) - 1 / 3) < 1e-9, `an answer in 3rd place is worth 1/3, not ${meanReciprocalRank(thirds)}`);
});
