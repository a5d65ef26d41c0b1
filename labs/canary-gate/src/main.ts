import { plot } from '@ai-roadmap/kit';
import { betterPrompt, defaultPolicy, scenarios } from './policy.ts';
import { runRollout } from './rollout.ts';

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const rollouts = scenarios.map((scenario) => ({ scenario, rollout: runRollout(scenario, defaultPolicy) }));

for (const { scenario, rollout } of rollouts) {
  console.log(`\n${scenario.name}: ${rollout.outcome}`);
  if (rollout.steps.length === 0) console.log('  no window was run: runRollout in src/rollout.ts has not been written yet');
  for (const step of rollout.steps) {
    const { canary, baseline } = step;
    console.log(
      `  ${percent(step.share).padStart(6)} window ${step.window}: ${step.action.padEnd(9)}` +
        ` pass ${percent(canary.passRate.low)}–${percent(canary.passRate.high)} (baseline ${percent(baseline.passRate.rate)}),` +
        ` $${canary.meanCostUsd.toFixed(5)} vs $${baseline.meanCostUsd.toFixed(5)}, p95 ${canary.p95LatencyMs} vs ${baseline.p95LatencyMs} ms`,
    );
    for (const reason of step.reasons) console.log(`      ${reason}`);
  }
}

const better = rollouts.find(({ scenario }) => scenario === betterPrompt)?.rollout;
if (better && better.steps.length > 0) {
  plot({
    kind: 'line',
    title: 'A better prompt: the canary pass rate interval narrows as graded answers pool',
    x: { label: 'window of the rollout' },
    y: { label: 'pass rate' },
    series: [
      { label: 'interval, low end', points: better.steps.map((step, index) => [index + 1, step.canary.passRate.low]) },
      { label: 'interval, high end', points: better.steps.map((step, index) => [index + 1, step.canary.passRate.high]) },
      { label: 'floor (baseline − 3 points)', points: better.steps.map((step, index) => [index + 1, step.baseline.passRate.rate - defaultPolicy.maxPassRateDrop]) },
    ],
  });
}

const promoted = rollouts.filter(({ rollout }) => rollout.outcome === 'promoted').length;
console.log(`\n${promoted} of ${rollouts.length} changes promoted to all traffic; ${rollouts.length - promoted} rolled back.`);
