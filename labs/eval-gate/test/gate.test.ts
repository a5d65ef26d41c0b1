import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accuracy, gate } from '../src/gate.ts';
import { tickets } from '../src/dataset.ts';
import { classify, rules } from '../src/classify.ts';
import baseline from '../src/baseline.json' with { type: 'json' };

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

test('within the tolerance the gate passes', () => {
  const result = gate({ accuracy: 0.87 }, { accuracy: 0.9 }, 0.05);
  assert.equal(result.passed, true);
  assert.match(result.report.join('\n'), /^ok\s+accuracy/m);
});

test('below baseline minus tolerance the gate fails, naming the metric and the drop', () => {
  const result = gate({ accuracy: 0.75 }, { accuracy: 0.9 }, 0.05);
  assert.equal(result.passed, false);
  assert.match(result.report.join('\n'), /FAIL accuracy: 75\.0% is 15\.0 points below the baseline of 90\.0%/);
});

test('a clear improvement passes and asks for the baseline to be updated', () => {
  const result = gate({ accuracy: 1 }, { accuracy: 0.9 }, 0.05);
  assert.equal(result.passed, true);
  assert.match(result.report.join('\n'), /update the baseline/);
});

test('the classifier meets its committed baseline; without its bug rule it does not', async () => {
  const score = async (modelRules = rules) => {
    const pairs = [];
    for (const ticket of tickets) pairs.push({ predicted: await classify(ticket.text, modelRules), label: ticket.label });
    return accuracy(pairs);
  };
  assert.equal(gate({ accuracy: await score() }, { accuracy: baseline.accuracy }, 0.05).passed, true);
  const broken = rules.filter((rule) => rule.name !== 'bug');
  assert.equal(gate({ accuracy: await score(broken) }, { accuracy: baseline.accuracy }, 0.05).passed, false);
});
