import committed from './baseline.json' with { type: 'json' };
import { settingsFromEnvironment } from '@ai-roadmap/kit';
import { tickets } from './dataset.ts';
import { classify, modelUnderTest } from './classify.ts';
import { gate, metricsOf, type Baseline, type Metrics, type Prediction } from './gate.ts';
import { flipsBetween, pairedGate, type Outcome } from './paired.ts';
import { movingAliasProblem } from './model-id.ts';

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

function refuse(problem: string | undefined): void {
  if (!problem) return;
  console.error(problem);
  process.exit(2);
}

// A gate must evaluate a fixed model: refuse a moving alias before spending a single call on it.
const requested = settingsFromEnvironment();
if (requested.provider && requested.provider !== 'stand-in' && requested.model) refuse(movingAliasProblem(requested.model, 'LAB_MODEL (set in ci/eval-gate.yml or your shell)'));
const model = modelUnderTest();
refuse(movingAliasProblem(model, 'The model under test'));

const pairs: Prediction[] = [];
const outcomes: Outcome[] = [];
for (const ticket of tickets) {
  const predicted = await classify(ticket.text);
  pairs.push({ predicted, label: ticket.label });
  outcomes.push({ id: ticket.id, correct: predicted === ticket.label });
  if (predicted !== ticket.label) console.log(`  wrong: ${ticket.id} "${ticket.text}" → ${predicted} (expected ${ticket.label})`);
}
const measured = metricsOf(pairs);
console.log(`\nEvaluated ${pairs.length} tickets on ${model}.`);

// A baseline belongs to the model it was measured on: comparing another model with it means nothing.
const recorded: Record<string, { metrics: Baseline; outcomes: Record<string, boolean> } | undefined> = committed.models;
for (const name of Object.keys(recorded)) refuse(movingAliasProblem(name, 'src/baseline.json, under "models",'));
const entry = recorded[model];
if (!entry) {
  const proposal = {
    [model]: {
      recordedOn: new Date().toISOString().slice(0, 10),
      metrics: proposedBaseline(measured, pairs),
      outcomes: Object.fromEntries(outcomes.map((outcome) => [outcome.id, outcome.correct])),
    },
  };
  console.error(`src/baseline.json has no baseline for model "${model}" (it has ${Object.keys(recorded).join(', ')}).`);
  console.error(`If this run is on main, add this entry under "models" and commit it:\n${JSON.stringify(proposal, null, 2)}`);
  process.exit(2);
}
const tolerance = gate(measured, entry.metrics);
// The same tickets on main and on this change: which flipped, each way, and is the difference more than the sample explains?
const baselineOutcomes = Object.entries(entry.outcomes).map(([id, correct]) => ({ id, correct }));
const paired = pairedGate(flipsBetween(baselineOutcomes, outcomes));
for (const line of [...tolerance.report, ...paired.report]) console.log(line);
const passed = tolerance.passed && paired.passed;
console.log(passed ? '\nGate passed: safe to deploy.' : '\nGate FAILED: the change makes the classifier worse.');
process.exit(passed ? 0 : 1);
