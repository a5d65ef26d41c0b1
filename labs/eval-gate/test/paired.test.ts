import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flipsBetween, pairedGate, pairedInterval, type Flips } from '../src/paired.ts';
import { gate } from '../src/gate.ts';
import { isPinnedModelId } from '../src/model-id.ts';
import committed from '../src/baseline.json' with { type: 'json' };

const near = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 5e-4, `${what}: ${actual} is not about ${expected}`);
/** Flips with made-up ids: lost items went pass→fail, gained items fail→pass. */
const flipsOf = (items: number, lost: number, gained: number): Flips => ({
  items,
  passToFail: Array.from({ length: lost }, (_, i) => `lost-${i}`),
  failToPass: Array.from({ length: gained }, (_, i) => `gained-${i}`),
});

test('flips are counted each way, item by item, whatever the order of the runs', () => {
  const baseline = [
    { id: 'a', correct: true },
    { id: 'b', correct: true },
    { id: 'c', correct: false },
    { id: 'd', correct: false },
    { id: 'e', correct: true },
  ];
  const candidate = [
    { id: 'e', correct: true },
    { id: 'd', correct: true },
    { id: 'c', correct: false },
    { id: 'b', correct: false },
    { id: 'a', correct: false },
  ];
  const flips = flipsBetween(baseline, candidate);
  assert.equal(flips.items, 5);
  assert.deepEqual([...flips.passToFail].sort(), ['a', 'b'], 'a and b passed on the baseline and fail now');
  assert.deepEqual(flips.failToPass, ['d'], 'd failed on the baseline and passes now');
});

test('an item missing from either run is an error that names it', () => {
  const baseline = [
    { id: 'a', correct: true },
    { id: 'b', correct: true },
  ];
  assert.throws(() => flipsBetween(baseline, [{ id: 'a', correct: true }]), /"b"/, 'b is in the baseline only');
  assert.throws(() => flipsBetween(baseline, [...baseline, { id: 'c', correct: true }]), /"c"/, 'c is in the candidate only');
});

test('the paired interval: 3 flips down and 1 up on 20 items', () => {
  const { difference, low, high } = pairedInterval(flipsOf(20, 3, 1));
  near(difference, -0.1, 'the difference is (1 - 3) / 20');
  near(low, -0.2865, 'the low end');
  near(high, 0.1046, 'the high end');
});

test('with no flips the interval still has a width', () => {
  const { difference, low, high } = pairedInterval(flipsOf(20, 0, 0));
  assert.equal(difference, 0);
  near(low, -0.0891, 'twenty items cannot rule out a drop of about 9 points');
  near(high, 0.0891, 'nor a gain of the same size');
});

test('the paired gate fails a one-sided run of flips that the tolerance lets through', () => {
  // 500 items: 90% on main, 87% now, within a tolerance of 4 points; but 20 flips went down and only 5 up.
  const tolerance = gate({ accuracy: 0.87 }, { accuracy: { baseline: 0.9, tolerance: 0.04, examples: 500 } });
  assert.equal(tolerance.passed, true, 'the tolerance alone lets it through');
  const paired = pairedGate(flipsOf(500, 20, 5));
  assert.equal(paired.passed, false, 'the interval lies below zero, so the paired gate must fail');
  assert.match(paired.report.join('\n'), /FAIL paired: 20 pass→fail, 5 fail→pass of 500/);
  assert.match(paired.report.join('\n'), /-3\.0 points \(95% interval -5\.0 to -1\.0\)/);
  assert.match(paired.report.join('\n'), /now failing: lost-0/, 'the report lists the items that flipped');
});

test('the paired gate passes flips that go both ways, and says how large a drop it cannot rule out', () => {
  const paired = pairedGate(flipsOf(500, 12, 12));
  assert.equal(paired.passed, true);
  assert.match(paired.report.join('\n'), /^ok\s+paired: 12 pass→fail, 12 fail→pass of 500.*cannot rule out a drop of 2\.0 points/m);
});

test('dated snapshots and Anthropic ids from the 4.6 generation on are pinned; aliases are not', () => {
  for (const id of ['gpt-6-luna-2026-09-22', 'gpt-4.1-2025-04-14', 'claude-haiku-4-5-20251001', 'claude-sonnet-4-6', 'claude-haiku-5-5', 'claude-opus-5', 'stand-in']) {
    assert.equal(isPinnedModelId(id), true, `${id} names one fixed model`);
  }
  for (const id of ['gpt-6-luna', 'gpt-4.1', 'claude-haiku-4-5', 'claude-3-5-sonnet-latest']) {
    assert.equal(isPinnedModelId(id), false, `${id} is an alias that can move`);
  }
});

test('every committed baseline is filed under a pinned model id', () => {
  for (const model of Object.keys(committed.models)) assert.equal(isPinnedModelId(model), true, `src/baseline.json: "${model}" is a moving alias; file the baseline under the snapshot it measured`);
});
