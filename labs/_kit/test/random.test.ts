import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../src/index.ts';

const draws = (random: () => number, count: number): number[] => Array.from({ length: count }, () => random());

test('seededRandom: the same seed gives the same sequence, another seed another one', () => {
  assert.deepEqual(draws(seededRandom(7), 50), draws(seededRandom(7), 50));
  assert.notDeepEqual(draws(seededRandom(7), 50), draws(seededRandom(8), 50));
});

test('seededRandom: it is mulberry32, so the numbers the labs print stay the same', () => {
  // The first draws of seed 42 from the labs' own copies of mulberry32, before they moved here.
  assert.deepEqual(draws(seededRandom(42), 4), [0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]);
  assert.deepEqual(draws(seededRandom(42 + 2 ** 32), 4), draws(seededRandom(42), 4), 'only the low 32 bits of the seed count');
});

test('seededRandom: numbers in [0, 1), spread evenly', () => {
  const values = draws(seededRandom(2026), 20_000);
  assert.ok(values.every((value) => value >= 0 && value < 1));
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  assert.ok(Math.abs(mean - 0.5) < 0.01, `mean ${mean}`);
  const tenths = new Array<number>(10).fill(0);
  for (const value of values) tenths[Math.floor(value * 10)]! += 1;
  assert.ok(tenths.every((count) => Math.abs(count - 2_000) < 200), `counts per tenth: ${tenths.join(', ')}`);
});

test('seededRandom: a seed that is not a whole number is an error that says so', () => {
  assert.throws(() => seededRandom(1.5), /seededRandom: seed must be a whole number \(got 1\.5\)/);
  assert.throws(() => seededRandom(Number.NaN), /seed must be a whole number \(got NaN\)/);
});
