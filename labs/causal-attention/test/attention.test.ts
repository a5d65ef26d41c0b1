import { test } from 'node:test';
import assert from 'node:assert/strict';
import { causalScores, causalSelfAttention, softmax } from '../src/attention.ts';
import type { Matrix } from '../src/matrix.ts';

const close = (actual: number, expected: number, message?: string) => assert.ok(Math.abs(actual - expected) < 1e-9, message ?? `${actual} is not ${expected}`);
const identity: Matrix = [
  [1, 0],
  [0, 1],
];
const x: Matrix = [
  [1, 0],
  [0, 1],
  [1, 1],
  [2, 0],
];

test('softmax gives weights that sum to 1, in the order of the scores', () => {
  const weights = softmax([1, 2, 3]);
  close(weights.reduce((a, b) => a + b, 0), 1);
  assert.ok(weights[0]! < weights[1]! && weights[1]! < weights[2]!);
  close(weights[2]!, Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)));
});

test('softmax is stable for large scores and gives masked entries exactly 0', () => {
  const weights = softmax([1000, 1001, -Infinity]);
  assert.ok(weights.every(Number.isFinite));
  close(weights[1]!, 1 / (1 + Math.exp(-1)));
  assert.equal(weights[2], 0);
});

test('the causal mask hides the future', () => {
  const scores = causalScores(x, x);
  scores.forEach((row, i) => row.forEach((value, j) => (j > i ? assert.equal(value, -Infinity, `score[${i}][${j}]`) : assert.ok(Number.isFinite(value)))));
});

test('every row of attention weights sums to 1 and the future gets exactly 0', () => {
  const { weights } = causalSelfAttention(x, identity, identity, identity);
  weights.forEach((row, i) => {
    close(row.reduce((a, b) => a + b, 0), 1, `row ${i} sums to ${row.reduce((a, b) => a + b, 0)}`);
    row.forEach((value, j) => j > i && assert.equal(value, 0, `weight[${i}][${j}]`));
  });
});

test('the first token can only attend to itself', () => {
  const { weights, output } = causalSelfAttention(x, identity, identity, identity);
  assert.equal(weights[0]![0], 1);
  assert.deepEqual(output[0], x[0]);
});

test('the second token’s output matches a hand calculation', () => {
  // Token 2 = [0, 1]. Scores against tokens 1 and 2: [0·1 + 1·0, 0·0 + 1·1] / √2 = [0, 1/√2].
  const { output } = causalSelfAttention(x, identity, identity, identity);
  const w2 = Math.exp(1 / Math.SQRT2) / (1 + Math.exp(1 / Math.SQRT2));
  close(output[1]![0]!, 1 - w2); // the weight on token 1 times its value [1, 0]
  close(output[1]![1]!, w2);
});
