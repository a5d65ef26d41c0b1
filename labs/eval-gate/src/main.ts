import baseline from './baseline.json' with { type: 'json' };
import { tickets } from './dataset.ts';
import { classify } from './classify.ts';
import { accuracy, gate } from './gate.ts';

const pairs = [];
for (const ticket of tickets) {
  const predicted = await classify(ticket.text);
  pairs.push({ predicted, label: ticket.label });
  if (predicted !== ticket.label) console.log(`  wrong: "${ticket.text}" → ${predicted} (expected ${ticket.label})`);
}
const metrics = { accuracy: accuracy(pairs) };
const { passed, report } = gate(metrics, { accuracy: baseline.accuracy }, 0.05);
console.log(`\nEvaluated ${pairs.length} tickets.`);
for (const line of report) console.log(line);
console.log(passed ? '\nGate passed: safe to deploy.' : '\nGate FAILED: the change makes the classifier worse.');
process.exit(passed ? 0 : 1);
