import { evaluate } from './evaluate.ts';

const result = await evaluate(3);
for (const row of result.rows) {
  const found = row.retrieved.includes(row.expected) ? 'found ' : 'MISSED';
  console.log(`${found} [${row.kind.padEnd(8)}] "${row.query}" → ${row.retrieved.join(', ')}`);
}
const percent = (value: number) => `${Math.round(value * 100)}%`;
console.log(`\nrecall@${result.k}: ${percent(result.overall)} overall, ${percent(result.lexical)} on lexical queries, ${percent(result.semantic)} on semantic ones.`);
