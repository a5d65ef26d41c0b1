import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDrift } from '../src/drift.ts';
import { outputTokens, simulateWeek } from '../src/weeks.ts';

const options = { maxRelativeChange: 0.15, minSamples: 200 };
const baseline = outputTokens(simulateWeek({ seed: 1 }));

test('the drift alert fires on the shifted week', () => {
  const result = checkDrift(baseline, outputTokens(simulateWeek({ seed: 3, outputScale: 1.4 })), options);
  assert.equal(result.fires, true, 'answers 40% longer is well past a 15% limit: the alert must fire');
  assert.ok(Math.abs(result.relativeChange - 0.405) < 0.005, `relativeChange is (current − baseline) / baseline, about +0.405; got ${result.relativeChange}`);
});

test('the drift alert stays quiet on a normal week', () => {
  const result = checkDrift(baseline, outputTokens(simulateWeek({ seed: 2 })), options);
  assert.equal(result.fires, false);
  assert.ok(result.relativeChange > 0.03 && result.relativeChange < 0.06, 'a normal week still moves a few per cent');
});

test('the drift alert fires when the metric falls as well as when it rises', () => {
  const result = checkDrift(baseline, outputTokens(simulateWeek({ seed: 4, outputScale: 0.6 })), options);
  assert.equal(result.fires, true, 'compare the size of the change: answers 40% shorter are drift too');
  assert.ok(result.relativeChange < -0.15);
});

test('too few samples never fire, however far the mean has moved', () => {
  const fewShifted = outputTokens(simulateWeek({ seed: 3, requests: 20, outputScale: 2 }));
  const result = checkDrift(baseline, fewShifted, options);
  assert.equal(result.fires, false, 'twenty requests are not enough to page anyone: check minSamples first');
  assert.match(result.reason, /few/);
});
