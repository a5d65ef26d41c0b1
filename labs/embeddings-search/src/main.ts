import { evaluate } from './evaluate.ts';

const result = await evaluate(3);
for (const row of result.rows) {
  const found = row.retrieved.includes(row.expected) ? 'found ' : 'MISSED';
  const hits = row.retrieved.map((id, rank) => `${id} ${(row.scores[rank] ?? 0).toFixed(2)}`);
  console.log(`${found} [${row.kind.padEnd(8)}] "${row.query}" → ${hits.join(', ')}`);
}
const percent = (value: number) => `${Math.round(value * 100)}%`;
console.log(`\nrecall@${result.k}: ${percent(result.overall)} overall, ${percent(result.lexical)} on lexical queries, ${percent(result.semantic)} on semantic ones.`);
