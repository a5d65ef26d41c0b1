import { plot } from '@ai-roadmap/kit';
import { causalSelfAttention } from './attention.ts';
import { kvCacheBytes, type AttentionShape } from './kv-cache.ts';
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

// The KV cache of the chapter's model (32 layers, 32 query heads sharing 8 key-value heads of 128, 16-bit),
// beside the same model with one key-value head per query head.
const grouped: AttentionShape = { layers: 32, heads: 32, kvHeads: 8, headDim: 128, bytesPerValue: 2 };
const units = ['bytes', 'KiB', 'MiB', 'GiB'];
const size = (bytes: number) => {
  const power = Math.max(0, Math.min(3, Math.floor(Math.log2(Math.max(bytes, 1)) / 10)));
  return `${(bytes / 1024 ** power).toFixed(power === 3 ? 2 : 0)} ${units[power]}`.padStart(20);
};
console.log(`\nKV cache of one conversation${'8 key-value heads'.padStart(22)}${'32 key-value heads'.padStart(20)}`);
for (const tokens of [1, 4096, 32768, 128000]) {
  const label = `  ${tokens} token${tokens === 1 ? '' : 's'}`.padEnd(30);
  console.log(`${label}${size(kvCacheBytes(grouped, tokens))}${size(kvCacheBytes({ ...grouped, kvHeads: 32 }, tokens))}`);
}
