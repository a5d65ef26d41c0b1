import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probabilities, sample, truncate } from '../src/sampler.ts';
import { seededRandom } from '@ai-roadmap/kit';

const logits = { a: 2.0, b: 1.0, c: 0.5, d: -1.0 };
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

test('temperature 0 always picks the argmax', () => {
  const random = seededRandom(7);
  for (let draw = 0; draw < 50; draw++) assert.equal(sample(logits, { temperature: 0 }, random), 'a');
  assert.deepEqual(probabilities(logits, 0).map(({ p }) => p), [1, 0, 0, 0]);
});

test('probabilities follow softmax, and a higher temperature flattens them', () => {
  const cold = probabilities(logits, 0.5);
  const hot = probabilities(logits, 2);
  assert.ok(Math.abs(sum(cold.map(({ p }) => p)) - 1) < 1e-12);
  const expectedA = Math.exp(2) / (Math.exp(2) + Math.exp(1) + Math.exp(0.5) + Math.exp(-1));
  assert.ok(Math.abs(probabilities(logits, 1)[0]!.p - expectedA) < 1e-12);
  assert.ok(hot[0]!.p < cold[0]!.p);
});

test('top-p keeps the smallest set whose mass is at least p, then renormalises', () => {
  const distribution = probabilities(logits, 1);
  for (const p of [0.5, 0.7, 0.9, 0.99]) {
    const kept = truncate(distribution, { temperature: 1, topP: p });
    const keptMass = sum(distribution.slice(0, kept.length).map((entry) => entry.p));
    assert.ok(keptMass >= p, `top-p ${p} kept only ${keptMass}`);
    const smaller = sum(distribution.slice(0, kept.length - 1).map((entry) => entry.p));
    assert.ok(smaller < p, `top-p ${p} kept more than it needed`);
    assert.ok(Math.abs(sum(kept.map((entry) => entry.p)) - 1) < 1e-12);
  }
});

test('top-k keeps k tokens', () => {
  assert.deepEqual(truncate(probabilities(logits, 1), { temperature: 1, topK: 2 }).map(({ token }) => token), ['a', 'b']);
});

test('the same seed gives the same tokens; other seeds can differ', () => {
  const draw = (seed: number) => {
    const random = seededRandom(seed);
    return Array.from({ length: 20 }, () => sample(logits, { temperature: 1.2 }, random)).join('');
  };
  assert.equal(draw(42), draw(42));
  assert.ok([1, 2, 3, 4, 5].some((seed) => draw(seed) !== draw(42)));
  assert.ok(new Set(draw(42)).size > 1, 'at temperature 1.2 more than one token should appear');
});
