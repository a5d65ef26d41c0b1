import committed from './baseline.json' with { type: 'json' };
import { tickets } from './dataset.ts';
import { classify, modelUnderTest } from './classify.ts';
import { gate, metricsOf, type Baseline, type Prediction } from './gate.ts';

// A baseline belongs to the model it was measured on: comparing another model with it means nothing.
const model = modelUnderTest();
if (model !== committed.model) {
  console.error(`src/baseline.json was recorded for model "${committed.model}", but this run evaluates "${model}". Measure the new model on main and commit its baseline first.`);
  process.exit(2);
}

const pairs: Prediction[] = [];
for (const ticket of tickets) {
  const predicted = await classify(ticket.text);
  pairs.push({ predicted, label: ticket.label });
  if (predicted !== ticket.label) console.log(`  wrong: "${ticket.text}" → ${predicted} (expected ${ticket.label})`);
}
const baseline: Baseline = committed.metrics;
const { passed, report } = gate(metricsOf(pairs), baseline);
console.log(`\nEvaluated ${pairs.length} tickets on ${model}.`);
for (const line of report) console.log(line);
console.log(passed ? '\nGate passed: safe to deploy.' : '\nGate FAILED: the change makes the classifier worse.');
process.exit(passed ? 0 : 1);
