import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile } from '../src/percentiles.ts';
import { latencySummary } from '../src/latency.ts';
import { simulateWeek } from '../src/weeks.ts';

test('percentile takes the nearest rank: the value at rank ceil(p/100 × n)', () => {
  const values = [40, 15, 50, 20, 35];
  assert.equal(percentile(values, 30), 20, 'ceil(0.3 × 5) = 2: the second smallest');
  assert.equal(percentile(values, 40), 20, 'ceil(0.4 × 5) = 2');
  assert.equal(percentile(values, 50), 35, 'ceil(0.5 × 5) = 3: the median of five');
  assert.equal(percentile(values, 100), 50);
  assert.deepEqual(values, [40, 15, 50, 20, 35], 'sort a copy, not the caller\'s array');
});

test('p95 and p99 of 1 to 100 and of 1 to 20', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(hundred, 95), 95);
  assert.equal(percentile(hundred, 99), 99);
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
  assert.equal(percentile(twenty, 95), 19);
  assert.equal(percentile(twenty, 99), 20, 'with 20 values, p99 is the largest');
});

test('percentile refuses empty values and a p outside (0, 100]', () => {
  assert.throws(() => percentile([], 50), /empty/);
  assert.throws(() => percentile([1, 2], 0), /p must be/);
  assert.throws(() => percentile([1, 2], 101), /p must be/);
});

test('a week\'s tail is far above its median, which the mean hides', () => {
  const summary = latencySummary(simulateWeek({ seed: 1 }));
  assert.equal(summary.count, 700);
  assert.equal(summary.p50Ms, 2338);
  assert.equal(summary.p95Ms, 5434);
  assert.equal(summary.p99Ms, 8242);
  assert.ok(summary.p50Ms < summary.meanMs && summary.meanMs < summary.p95Ms);
});
