import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meanReciprocalRank, recallAtK, reciprocalRank } from '../src/metrics.ts';

const outcomes = [
  { relevant: 'a', retrieved: ['a', 'b', 'c'] },
  { relevant: 'b', retrieved: ['c', 'b', 'a'] },
  { relevant: 'c', retrieved: ['a', 'b', 'd', 'c'] },
  { relevant: 'd', retrieved: ['a', 'b', 'c'] },
];

test('recall@k is the share of questions whose passage is in the top k', () => {
  assert.equal(recallAtK(outcomes, 1), 1 / 4);
  assert.equal(recallAtK(outcomes, 3), 2 / 4);
  assert.equal(recallAtK(outcomes, 4), 3 / 4);
  assert.equal(recallAtK([], 3), 0, 'no questions: 0, not NaN');
});

test('the reciprocal rank is 1, 1/2, 1/3… for a passage found first, second, third, and 0 when it is missing', () => {
  assert.deepEqual(outcomes.map((outcome) => reciprocalRank(outcome)), [1, 1 / 2, 1 / 4, 0]);
  assert.equal(reciprocalRank(outcomes[2]!, 3), 0, 'found fourth counts as missing when only the top 3 are read');
});

test('MRR averages the reciprocal ranks', () => {
  assert.equal(meanReciprocalRank(outcomes), (1 + 1 / 2 + 1 / 4 + 0) / 4);
  assert.equal(meanReciprocalRank([]), 0);
});
