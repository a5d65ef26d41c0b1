import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile, wilsonInterval } from '../src/index.ts';

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 5e-5, `${what}: expected ${expected}, got ${actual.toFixed(5)}`);

test('percentile: the nearest rank, always one of the values', () => {
  const values = [35, 20, 50, 15, 40];
  // Sorted 15, 20, 35, 40, 50: rank ceil(p / 100 × 5).
  assert.equal(percentile(values, 5), 15);
  assert.equal(percentile(values, 30), 20);
  assert.equal(percentile(values, 40), 20);
  assert.equal(percentile(values, 50), 35);
  assert.equal(percentile(values, 95), 50);
  assert.equal(percentile(values, 100), 50);
  assert.deepEqual(values, [35, 20, 50, 15, 40], 'the caller’s array is not sorted in place');
  assert.equal(percentile([9, 10, 100], 50), 10, 'numbers sort as numbers, not as text');
  const thousand = Array.from({ length: 1000 }, (_, index) => 1000 - index);
  assert.equal(percentile(thousand, 95), 950);
  assert.equal(percentile(thousand, 99.9), 999, '99.9 / 100 is a hair above 0.999 in floating point: the rank must still be 999');
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
  assert.equal(percentile(hundred, 7), 7, 'and 0.07 × 100 is 7.000000000000001, which must not round up to rank 8');
});

test('percentile: bad input is an error that says what was wrong', () => {
  assert.throws(() => percentile([], 50), /percentile: values is empty/);
  assert.throws(() => percentile([1, 2], 0), /p must be more than 0 and at most 100 \(got 0\)/);
  assert.throws(() => percentile([1, 2], 101), /got 101/);
  assert.throws(() => percentile([1, 2], Number.NaN), /got NaN/);
  assert.throws(() => percentile([1, Number.NaN], 50), /values\[1\] is NaN/);
});

test('wilsonInterval: 90 passes in 100 is 82.6% to 94.5%', () => {
  const interval = wilsonInterval(90, 100);
  assert.equal(interval.rate, 0.9);
  near(interval.low, 0.82563, 'low');
  near(interval.high, 0.94477, 'high');
});

test('wilsonInterval: it stays inside 0..1 and keeps a width at 0 and at n passes', () => {
  const none = wilsonInterval(0, 10);
  assert.equal(none.low, 0);
  near(none.high, 1.96 ** 2 / (10 + 1.96 ** 2), '0 in 10: z²/(n + z²)');
  const all = wilsonInterval(10, 10);
  near(all.low, 10 / (10 + 1.96 ** 2), '10 in 10: n/(n + z²)');
  assert.equal(all.high, 1);
  const small = wilsonInterval(9, 10);
  const large = wilsonInterval(900, 1000);
  assert.ok(small.high - small.low > 5 * (large.high - large.low), 'a hundred times the trials, about a tenth of the width');
});

test('wilsonInterval: z sets the confidence; a larger z gives a wider interval', () => {
  const ninetyFive = wilsonInterval(45, 60);
  const ninetyNine = wilsonInterval(45, 60, 2.576);
  assert.ok(ninetyNine.low < ninetyFive.low && ninetyNine.high > ninetyFive.high);
});

test('wilsonInterval: bad input is an error that names the argument', () => {
  assert.throws(() => wilsonInterval(1, 0), /wilsonInterval: trials must be a whole number above 0 \(got 0\)/);
  assert.throws(() => wilsonInterval(11, 10), /successes must be a whole number from 0 to 10 \(got 11\)/);
  assert.throws(() => wilsonInterval(2.5, 10), /got 2\.5/);
  assert.throws(() => wilsonInterval(5, 10, 0), /z must be a number above 0/);
});
