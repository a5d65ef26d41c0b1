import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StandInRule } from '@ai-roadmap/kit';
import { accuracy, gate, metricsOf, type Baseline, type Prediction } from '../src/gate.ts';
import { tickets } from '../src/dataset.ts';
import { classify, rules } from '../src/classify.ts';
import committed from '../src/baseline.json' with { type: 'json' };
import { flipsBetween, pairedGate, type Outcome } from '../src/paired.ts';

const baseline: Baseline = committed.models['stand-in'].metrics;
const mainOutcomes: Outcome[] = Object.entries(committed.models['stand-in'].outcomes).map(([id, correct]) => ({ id, correct }));
const close = (actual: number | undefined, expected: number, what: string) => assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} is not ${expected}`);

/** Classifies every ticket: the pairs for the metrics, and each ticket's outcome for the paired comparison. */
async function run(modelRules: StandInRule[] = rules) {
  const pairs: Prediction[] = [];
  const outcomes: Outcome[] = [];
  for (const ticket of tickets) {
    const predicted = await classify(ticket.text, modelRules);
    pairs.push({ predicted, label: ticket.label });
    outcomes.push({ id: ticket.id, correct: predicted === ticket.label });
  }
  return { pairs, outcomes };
}
const measure = async (modelRules: StandInRule[] = rules) => metricsOf((await run(modelRules)).pairs);
const outcomesWith = async (modelRules: StandInRule[] = rules) => (await run(modelRules)).outcomes;

test('accuracy is the share of correct predictions', () => {
  const pairs = [
    { predicted: 'bug', label: 'bug' },
    { predicted: 'billing', label: 'bug' },
    { predicted: 'account', label: 'account' },
    { predicted: 'shipping', label: 'shipping' },
  ];
  assert.equal(accuracy(pairs), 0.75);
  assert.equal(accuracy([]), 0);
});

test('metrics include the accuracy of every category, not only the average', () => {
  const metrics = metricsOf([
    { predicted: 'bug', label: 'bug' },
    { predicted: 'billing', label: 'bug' },
    { predicted: 'account', label: 'account' },
    { predicted: 'account', label: 'account' },
  ]);
  assert.deepEqual(metrics, { accuracy: 0.75, 'accuracy.bug': 0.5, 'accuracy.account': 1 });
});

test('within the tolerance the gate passes', () => {
  const result = gate({ accuracy: 0.85 }, { accuracy: { baseline: 0.95, tolerance: 0.1, examples: 20 } });
  assert.equal(result.passed, true, 'a drop of exactly the tolerance (two examples of 20) passes');
  assert.match(result.report.join('\n'), /^ok\s+accuracy/m);
});

test('below baseline minus tolerance the gate fails, naming the metric and the drop', () => {
  const result = gate({ accuracy: 0.95, 'accuracy.bug': 0.4 }, { accuracy: { baseline: 0.95, tolerance: 0.1, examples: 20 }, 'accuracy.bug': { baseline: 1, tolerance: 0.4, examples: 5 } });
  assert.equal(result.passed, false);
  assert.match(result.report.join('\n'), /FAIL accuracy\.bug: 40\.0% is 60\.0 points below the baseline of 100\.0%/);
  assert.match(result.report.join('\n'), /^ok\s+accuracy:/m);
});

test('a metric in the baseline that was not measured fails the gate', () => {
  const result = gate({ accuracy: 1 }, { accuracy: { baseline: 0.9, tolerance: 0.1, examples: 20 }, 'accuracy.shipping': { baseline: 1, tolerance: 0.4, examples: 5 } });
  assert.equal(result.passed, false);
  assert.match(result.report.join('\n'), /FAIL accuracy\.shipping: not measured/);
});

test('a clear improvement passes and asks for the baseline to be updated', () => {
  const result = gate({ accuracy: 1 }, { accuracy: { baseline: 0.8, tolerance: 0.1, examples: 20 } });
  assert.equal(result.passed, true);
  assert.match(result.report.join('\n'), /update the baseline/);
});

test('the committed baseline is what the classifier measures, with tolerances of at least two examples', async () => {
  const measured = await measure();
  for (const [name, entry] of Object.entries(baseline)) {
    close(measured[name], entry.baseline, `${name} as measured`);
    const slice = name === 'accuracy' ? tickets.length : tickets.filter((ticket) => `accuracy.${ticket.label}` === name).length;
    assert.equal(entry.examples, slice, `${name} rests on ${slice} examples`);
    assert.ok(entry.tolerance >= 2 / slice - 1e-9, `${name}: a tolerance of ${entry.tolerance} is less than two examples (${2 / slice})`);
  }
  assert.equal(gate(measured, baseline).passed, true);
});

test('without its bug rule the classifier fails the gate', async () => {
  const result = gate(await measure(rules.filter((rule) => rule.name !== 'bug')), baseline);
  assert.equal(result.passed, false);
  assert.match(result.report.join('\n'), /FAIL accuracy\.bug/);
});

test('a change that helps billing and breaks shipping passes on the average and fails on its category', async () => {
  const changed: StandInRule[] = rules.map((rule) => {
    if (rule.name === 'billing') return { ...rule, when: /\b(charged|refund|payment|invoice|billed|receipt)\b/i };
    if (rule.name === 'shipping') return { ...rule, when: /\b(parcel|shipping)\b/i };
    return rule;
  });
  const measured = await measure(changed);
  close(measured.accuracy, 0.85, 'overall accuracy');
  const overall = gate({ accuracy: measured.accuracy ?? 0 }, { accuracy: baseline.accuracy! });
  assert.equal(overall.passed, true, 'the average alone would let it through');
  const full = gate(measured, baseline);
  assert.equal(full.passed, false);
  assert.match(full.report.join('\n'), /FAIL accuracy\.shipping: 40\.0% is 60\.0 points below/);
  assert.match(full.report.join('\n'), /ok\s+accuracy\.billing: 100\.0%/);
});

test('the committed baseline records the outcome of every ticket, as the classifier gives it', async () => {
  const measured = await outcomesWith();
  assert.deepEqual(
    Object.fromEntries(measured.map((outcome) => [outcome.id, outcome.correct])),
    committed.models['stand-in'].outcomes,
    'src/baseline.json: outcomes must be what main measures, one entry per ticket id',
  );
});

test('the lab: unchanged, no ticket flips; without its bug rule the paired comparison fails too', async () => {
  const unchanged = pairedGate(flipsBetween(mainOutcomes, await outcomesWith()));
  assert.equal(unchanged.passed, true);
  assert.match(unchanged.report.join('\n'), /0 pass→fail, 0 fail→pass of 20/);
  const broken = pairedGate(flipsBetween(mainOutcomes, await outcomesWith(rules.filter((rule) => rule.name !== 'bug'))));
  assert.equal(broken.passed, false);
  assert.match(broken.report.join('\n'), /FAIL paired: 5 pass→fail, 0 fail→pass of 20/);
});
