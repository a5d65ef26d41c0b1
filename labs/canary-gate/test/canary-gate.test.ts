import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wilsonInterval } from '../src/wilson.ts';
import { decide } from '../src/decide.ts';
import { runRollout } from '../src/rollout.ts';
import { betterPrompt, cheaperWorseModel, dearerPrompt, defaultPolicy, slightlyWorse, slowReasoningModel } from '../src/policy.ts';
import type { ArmSummary } from '../src/summary.ts';

const near = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 5e-5, `${what}: expected ${expected}, got ${actual.toFixed(5)}`);

test('the Wilson interval of 90 passes in 100 is 82.6% to 94.5%', () => {
  const interval = wilsonInterval(90, 100);
  assert.equal(interval.rate, 0.9);
  near(interval.low, 0.82563, 'low end: (rate + z²/2n − z·√(rate(1−rate)/n + z²/4n²)) / (1 + z²/n)');
  near(interval.high, 0.94477, 'high end');
  assert.ok(interval.high - interval.low < 0.12, 'and it is narrower than the naive interval would suggest at this size');
});

test('the Wilson interval stays inside [0, 1] and keeps a width at 0 and n passes', () => {
  const none = wilsonInterval(0, 10);
  assert.equal(none.low, 0);
  near(none.high, 0.27754, '0 passes in 10 could still be a 28% pass rate: z²/(n + z²)');
  const all = wilsonInterval(10, 10);
  near(all.low, 0.72246, '10 passes in 10 does not prove 100%');
  assert.ok(all.high <= 1, 'never above 1');
  const wider = wilsonInterval(9, 10);
  const narrower = wilsonInterval(900, 1000);
  assert.ok(wider.high - wider.low > 5 * (narrower.high - narrower.low), 'a hundred times the data makes the interval about ten times narrower');
});

const arm = (passed: number, graded: number, meanCostUsd: number, p95LatencyMs: number): ArmSummary => ({
  graded, passed, passRate: wilsonInterval(passed, graded), meanCostUsd, p95LatencyMs,
});
const baseline = arm(9000, 10_000, 0.004, 1600);

test('decide promotes a canary whose interval clears the floor and whose cost and latency are in bounds', () => {
  const decision = decide(baseline, arm(185, 200, 0.0041, 1650), defaultPolicy);
  assert.equal(decision.action, 'promote', '88.0% to 95.4% clears the floor of 90% − 3 points = 87%');
  assert.equal(decision.reasons.length, 1, 'say why it was promoted');
});

test('decide holds when the interval straddles the floor', () => {
  const decision = decide(baseline, arm(90, 100, 0.004, 1600), defaultPolicy);
  assert.equal(decision.action, 'hold', '82.6% to 94.5% neither clears 87% nor lies below 90%');
  assert.match(decision.reasons.join(' '), /^quality:/);
});

test('decide rolls back on each guardrail, naming every breach', () => {
  const worse = decide(baseline, arm(74, 100, 0.0012, 1000), defaultPolicy);
  assert.equal(worse.action, 'roll back', 'an interval of 64.6% to 81.6% is wholly below the baseline\'s 90%, cheap or not');
  assert.deepEqual(worse.reasons.map((reason) => reason.split(':')[0]), ['quality']);

  const dearer = decide(baseline, arm(185, 200, 0.0045, 1600), defaultPolicy);
  assert.equal(dearer.action, 'roll back', '$0.0045 is above $0.004 + 10% = $0.0044, even with good quality');
  assert.deepEqual(dearer.reasons.map((reason) => reason.split(':')[0]), ['cost']);

  const slower = decide(baseline, arm(185, 200, 0.0045, 2000), defaultPolicy);
  assert.deepEqual(slower.reasons.map((reason) => reason.split(':')[0]), ['cost', 'latency'], 'p95 2000 ms is above 1600 ms + 20% = 1920 ms: list every breach, cost first');
});

test('the rollout promotes a better prompt through 1%, 10% and 50% to full traffic', () => {
  const rollout = runRollout(betterPrompt, defaultPolicy);
  assert.equal(rollout.outcome, 'promoted');
  assert.equal(rollout.finalShare, 1);
  assert.deepEqual(rollout.steps.map((step) => [step.share, step.action]), [[0.01, 'hold'], [0.01, 'promote'], [0.1, 'promote'], [0.5, 'promote']],
    'it holds one window at 1% (100 graded answers are too few), then promotes at each stage');
  assert.equal(rollout.steps[1]?.canary.graded, 200, 'the second window pools both windows at 1%: 2 × 100 requests');
});

test('the rollout stops at 1% for a worse model, a dearer prompt and a slow model, each for its own reason', () => {
  for (const [scenario, reason] of [[cheaperWorseModel, 'quality'], [dearerPrompt, 'cost'], [slowReasoningModel, 'latency']] as const) {
    const rollout = runRollout(scenario, defaultPolicy);
    assert.equal(rollout.outcome, 'rolled back', scenario.name);
    assert.equal(rollout.finalShare, 0);
    assert.equal(rollout.steps.length, 1, `${scenario.name}: one window at 1% is enough to see it`);
    assert.match(rollout.steps[0]?.reasons.join(' ') ?? '', new RegExp(`^${reason}:`), `${scenario.name} is rolled back for ${reason}`);
  }
});

test('a change that cannot be told from the floor is rolled back after the last window the stage allows', () => {
  const rollout = runRollout(slightlyWorse, defaultPolicy);
  assert.equal(rollout.outcome, 'rolled back');
  assert.equal(rollout.steps.length, defaultPolicy.maxWindowsPerStage, 'it holds at 1% until the stage runs out of windows');
  assert.match(rollout.steps.at(-1)?.reasons.join(' ') ?? '', /no decision after 4 windows/);
});
