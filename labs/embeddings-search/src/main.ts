import { plot } from '@ai-roadmap/kit';
import { evaluate } from './evaluate.ts';
import { recallAtK } from './recall.ts';

const result = await evaluate(3);
for (const row of result.rows) {
  const found = row.retrieved.includes(row.expected) ? 'found ' : 'MISSED';
  const hits = row.retrieved.map((id, rank) => `${id} ${(row.scores[rank] ?? 0).toFixed(2)}`);
  console.log(`${found} [${row.kind.padEnd(8)}] "${row.query}" → ${hits.join(', ')}`);
}
const percent = (value: number) => `${Math.round(value * 100)}%`;

// One search for the top 5 gives recall@1 to recall@5: how much does keeping more results help each kind of query?
const wide = await evaluate(5);
const curve = (kind?: string): Array<[number, number]> =>
  [1, 2, 3, 4, 5].map((k) => [k, recallAtK(wide.rows.filter((row) => kind === undefined || row.kind === kind), k)]);
plot({
  kind: 'line',
  title: 'Recall@k: the share of queries whose document is in the top k',
  x: { label: 'k, the number of results kept' },
  y: { label: 'recall', min: 0, max: 1 },
  series: [
    { label: 'all queries', points: curve() },
    { label: 'lexical queries', points: curve('lexical') },
    { label: 'semantic queries', points: curve('semantic') },
  ],
});
console.log(`\nrecall@${result.k}: ${percent(result.overall)} overall, ${percent(result.lexical)} on lexical queries, ${percent(result.semantic)} on semantic ones.`);
