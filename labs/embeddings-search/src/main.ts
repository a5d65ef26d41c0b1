import { plot } from '@ai-roadmap/kit';
import { evaluate, type MethodResult } from './evaluate.ts';
import { recallAtK } from './metrics.ts';

const result = await evaluate(3);
const methods: MethodResult[] = [result.lexical, result.dense, result.hybrid];
const percent = (value: number) => `${Math.round(value * 100)}%`;

for (const method of methods) {
  console.log(`\n${method.name}`);
  for (const row of method.rows) {
    const place = row.retrieved.indexOf(row.expected) + 1;
    const found = place >= 1 && place <= result.k ? 'found ' : 'MISSED';
    const hits = row.retrieved.slice(0, result.k).map((id, rank) => (row.scores[rank] === undefined ? id : `${id} ${row.scores[rank].toFixed(2)}`));
    console.log(`${found} [${row.kind.padEnd(8)}] "${row.query}" → ${hits.join(', ')} (answer at place ${place})`);
  }
}

console.log('');
// The rows hold every document in order, so recall@1 to recall@5 need no new search.
const semanticCurve = (method: MethodResult): Array<[number, number]> =>
  [1, 2, 3, 4, 5].map((k) => [k, recallAtK(method.rows.filter((row) => row.kind === 'semantic'), k)]);
plot({
  kind: 'line',
  title: 'Recall@k on the semantic queries: the share whose document is in the top k',
  x: { label: 'k, the number of results kept' },
  y: { label: 'recall', min: 0, max: 1 },
  series: [
    { label: 'lexical', points: semanticCurve(result.lexical) },
    { label: 'dense', points: semanticCurve(result.dense) },
    { label: 'hybrid', points: semanticCurve(result.hybrid) },
  ],
});

const row = (cells: string[]) => console.log(cells.map((cell, column) => (column === 0 ? cell.padEnd(8) : cell.padStart(9))).join(''));
console.log('');
row(['', `recall@${result.k}`, '', '', 'MRR']);
row(['', 'all', 'lexical', 'semantic', 'all', 'lexical', 'semantic']);
for (const [label, { recall, mrr }] of [['lexical', result.lexical], ['dense', result.dense], ['hybrid', result.hybrid]] as const) {
  row([label, ...[recall.overall, recall.lexical, recall.semantic].map(percent), ...[mrr.overall, mrr.lexical, mrr.semantic].map((value) => value.toFixed(3))]);
}
