import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choose, passAtK, passHatK } from '../src/estimators.ts';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: got ${actual}, expected ${expected}`);

test('choose counts the ways to pick k of n', () => {
  assert.deepEqual([choose(5, 3), choose(10, 3), choose(4, 0), choose(2, 3), choose(30, 15)], [10, 120, 1, 0, 155_117_520]);
});

test('pass@k: at least one of k trials succeeds, 1 − C(n−c, k) / C(n, k)', () => {
  close(passAtK(5, 2, 3), 0.9, 'n=5, c=2, k=3: 1 − C(3,3)/C(5,3) = 1 − 1/10');
  close(passAtK(10, 5, 3), 1 - 10 / 120, 'n=10, c=5, k=3: 1 − C(5,3)/C(10,3) = 1 − 10/120');
  close(passAtK(5, 3, 3), 1, 'with 2 failures among 5, any 3 trials hold a success');
  close(passAtK(5, 0, 3), 0, 'no success at all');
  close(passAtK(5, 3, 1), 0.6, 'at k = 1 it is the success rate c/n');
});

test('pass^k: all k trials succeed, C(c, k) / C(n, k)', () => {
  close(passHatK(5, 3, 3), 0.1, 'n=5, c=3, k=3: C(3,3)/C(5,3) = 1/10, not (3/5)^3 = 0.216');
  close(passHatK(5, 4, 3), 0.4, 'n=5, c=4, k=3: C(4,3)/C(5,3) = 4/10');
  close(passHatK(10, 5, 3), 10 / 120, 'n=10, c=5, k=3: C(5,3)/C(10,3) = 10/120');
  close(passHatK(5, 2, 3), 0, 'fewer successes than k: no draw of 3 is all successes');
  close(passHatK(5, 5, 3), 1, 'every trial succeeded');
  close(passHatK(5, 3, 1), 0.6, 'at k = 1 it is the success rate c/n');
});

test('the estimators refuse counts they cannot use, and say why', () => {
  assert.throws(() => passAtK(2, 1, 3), /at least k=3 trials.*n=2/);
  assert.throws(() => passHatK(5, 6, 3), /0 ≤ c ≤ n/);
});
