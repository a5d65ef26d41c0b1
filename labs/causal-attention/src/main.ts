import { plot } from '@ai-roadmap/kit';
import { causalSelfAttention } from './attention.ts';
import type { Matrix } from './matrix.ts';

// Five tokens with made-up 4-dimensional embeddings and a small query matrix.
// Read each row: which earlier word does each word weight most?
const tokens = ['The', 'cat', 'sat', 'on', 'mat'];
const x: Matrix = [
  [0.1, 0.0, 0.2, 0.1],
  [0.9, 0.1, 0.0, 0.3],
  [0.4, 0.8, 0.1, 0.0],
  [0.0, 0.1, 0.9, 0.2],
  [0.8, 0.2, 0.1, 0.4],
];
const identity: Matrix = [
  [1, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
  [0, 0, 0, 1],
];
const wq: Matrix = [
  [2, 0, 0, 0],
  [0, 1, 0, 0],
  [0, 0, 1, 0],
  [1, 0, 0, 1],
];

const { weights, output } = causalSelfAttention(x, wq, identity, identity);
const cell = (value: number) => value.toFixed(2).padStart(6);
console.log('Attention weights (row = the token looking, column = the token looked at):\n');
console.log(`${''.padEnd(6)}${tokens.map((token) => token.padStart(6)).join('')}   row sum`);
weights.forEach((row, i) => console.log(`${tokens[i]!.padEnd(6)}${row.map(cell).join('')}   ${row.reduce((a, b) => a + b, 0).toFixed(3)}`));
console.log('\nEverything above the diagonal is the future: it must be 0.00.');
plot({
  kind: 'bar',
  title: `What "${tokens[4]}" attends to: the last row of the weights`,
  x: { label: 'token looked at' },
  y: { label: 'attention weight', min: 0, max: 1 },
  series: [{ label: `"${tokens[4]}" looking`, points: tokens.map((token, j): [string, number] => [token, weights[4]![j]!]) }],
});
console.log(`Output vector of "${tokens[4]}": [${output[4]!.map((value) => value.toFixed(3)).join(', ')}]`);
