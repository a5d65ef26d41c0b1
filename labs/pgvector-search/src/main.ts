import { dimensions, makeItems, makeQueries, tenants, toVectorLiteral } from './data.ts';
import { labIndex, openStore } from './schema.ts';
import { sweepEfSearch } from './measure.ts';
import { asTenant, tenantTopK } from './search.ts';

const items = makeItems();
console.log(`${items.length} vectors of ${dimensions} dimensions, ${tenants.length} tenants; HNSW index with m = ${labIndex.m}, ef_construction = ${labIndex.efConstruction}.`);
const started = performance.now();
const db = await openStore(items);
console.log(`Postgres with pgvector started and loaded in ${Math.round(performance.now() - started)} ms.\n`);

// Recall@10 against exact search, and the median time of one query, as ef_search grows.
const queries = makeQueries(40);
console.log('ef_search  recall@10  median ms');
for (const row of await sweepEfSearch(db, queries, [10, 20, 40, 80, 160], 10)) {
  console.log(`${String(row.efSearch).padStart(9)}  ${row.recall.toFixed(3).padStart(9)}  ${row.medianMs.toFixed(2).padStart(9)}`);
}

// One tenant's nearest neighbours. First with a WHERE clause alone: the index hands
// over its ef_search candidates, and the filter keeps only this tenant's share.
const owner = new Map(items.map((item) => [item.id, item.tenant]));
const whereOnly = await db.transaction(async (tx) => {
  await tx.exec('set local enable_seqscan = off');
  const sql = 'select id from items where tenant_id = $1 order by embedding <=> $2::vector limit 10';
  return (await tx.query<{ id: number }>(sql, ['acme', toVectorLiteral(queries[0]!)])).rows;
});
console.log(`\nTenant acme, top 10 with a WHERE clause alone (ef_search 40): ${whereOnly.length} rows returned.`);
const hits = await tenantTopK(db, 'acme', queries[0]!, 10);
const foreign = hits.filter((id) => owner.get(id) !== 'acme').length;
console.log(`Tenant acme, top 10 with tenantTopK: ${hits.length} rows returned, ${foreign} of them another tenant's.`);

// Row-level security: the same connection, as the tenant role, with no WHERE clause at all.
const visible = await asTenant(db, 'acme', async (tx) => (await tx.query<{ n: number }>('select count(*)::int as n from items')).rows[0]!.n);
console.log(`As acme under row-level security, "select count(*) from items" sees ${visible} of ${items.length} rows.`);
await db.close();
