import committed from './baseline.json' with { type: 'json' };
import { tickets } from './dataset.ts';
import { classify, modelUnderTest } from './classify.ts';
import { gate, metricsOf, type Baseline, type Metrics, type Prediction } from './gate.ts';

/** A baseline for a model that has none yet: what it measured, each tolerance two examples' worth of its slice. */
function proposedBaseline(measured: Metrics, pairs: Prediction[]): Baseline {
  const examplesOf = (name: string) => (name === 'accuracy' ? pairs.length : pairs.filter((pair) => `accuracy.${pair.label}` === name).length);
  return Object.fromEntries(
    Object.entries(measured).map(([name, value]) => {
      const examples = examplesOf(name);
      return [name, { baseline: value, tolerance: 2 / examples, examples }];
    }),
  );
}

const model = modelUnderTest();
const pairs: Prediction[] = [];
for (const ticket of tickets) {
  const predicted = await classify(ticket.text);
  pairs.push({ predicted, label: ticket.label });
  if (predicted !== ticket.label) console.log(`  wrong: "${ticket.text}" → ${predicted} (expected ${ticket.label})`);
}
const measured = metricsOf(pairs);
console.log(`\nEvaluated ${pairs.length} tickets on ${model}.`);

// A baseline belongs to the model it was measured on: comparing another model with it means nothing.
const recorded: Record<string, { metrics: Baseline } | undefined> = committed.models;
const entry = recorded[model];
if (!entry) {
  const proposal = { [model]: { recordedOn: new Date().toISOString().slice(0, 10), metrics: proposedBaseline(measured, pairs) } };
  console.error(`src/baseline.json has no baseline for model "${model}" (it has ${Object.keys(recorded).join(', ')}).`);
  console.error(`If this run is on main, add this entry under "models" and commit it:\n${JSON.stringify(proposal, null, 2)}`);
  process.exit(2);
}
const { passed, report } = gate(measured, entry.metrics);
for (const line of report) console.log(line);
console.log(passed ? '\nGate passed: safe to deploy.' : '\nGate FAILED: the change makes the classifier worse.');
process.exit(passed ? 0 : 1);
