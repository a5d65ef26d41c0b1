// Nearest-neighbour queries: exact (a full scan), approximate (the HNSW index),
// and scoped to one tenant.
import type { Transaction } from '@electric-sql/pglite';
import { toVectorLiteral } from './data.ts';
import { tenantRole, type Db } from './schema.ts';

const nearestSql = 'select id from items order by embedding <=> $1::vector limit $2';

/**
 * The exact k nearest ids: index scans are turned off for this transaction, so
 * Postgres compares the query with every row. Slow on a big table, and always right.
 */
export async function exactTopK(db: Db, query: number[], k: number): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.exec('set local enable_indexscan = off');
    const { rows } = await tx.query<{ id: number }>(nearestSql, [toVectorLiteral(query), k]);
    return rows.map((row) => row.id);
  });
}

/** The exact k nearest ids among one tenant's rows, for measuring the filtered search against. */
export async function exactTenantTopK(db: Db, tenant: string, query: number[], k: number): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.exec('set local enable_indexscan = off');
    const { rows } = await tx.query<{ id: number }>(
      'select id from items where tenant_id = $1 order by embedding <=> $2::vector limit $3',
      [tenant, toVectorLiteral(query), k],
    );
    return rows.map((row) => row.id);
  });
}

/**
 * The k nearest ids through the HNSW index, searching with a candidate list of
 * `efSearch` entries. Approximate: it can miss true neighbours, fewer as efSearch grows.
 */
export async function approximateTopK(db: Db, query: number[], k: number, efSearch: number): Promise<number[]> {
  return db.transaction(async (tx) => {
    // On 800 rows the planner prefers a full scan; this turns it off for this transaction only.
    await tx.exec('set local enable_seqscan = off');
    // set_config(…, true) is SET LOCAL that takes a parameter.
    await tx.query("select set_config('hnsw.ef_search', $1, true)", [String(efSearch)]);
    const { rows } = await tx.query<{ id: number }>(nearestSql, [toVectorLiteral(query), k]);
    return rows.map((row) => row.id);
  });
}

/**
 * The k nearest ids among `tenant`'s rows only, through the index. It must never
 * return another tenant's row, and it must not come back short: a tenant with at
 * least k rows gets k of them.
 */
export async function tenantTopK(db: Db, tenant: string, query: number[], k: number, efSearch = 40): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.exec('set local enable_seqscan = off');
    await tx.query("select set_config('hnsw.ef_search', $1, true)", [String(efSearch)]);
    // Without this the index stops after ef_search candidates, and the filter keeps
    // only this tenant's share of them: about 5 of 40 when a tenant owns an eighth.
    // relaxed_order finds more true neighbours than strict_order, but may return them
    // slightly out of order, so the outer query sorts the k rows again. On Postgres 17
    // and later the planner trusts the inner order and skips a plain "order by
    // distance"; "+ 0" makes it an expression it must sort by.
    await tx.exec('set local hnsw.iterative_scan = relaxed_order');
    const { rows } = await tx.query<{ id: number }>(
      `with nearest as materialized (
         select id, embedding <=> $2::vector as distance from items
         where tenant_id = $1 order by distance limit $3
       )
       select id from nearest order by distance + 0`,
      [tenant, toVectorLiteral(query), k],
    );
    return rows.map((row) => row.id);
  });
}

/**
 * Runs `work` in a transaction as the tenant role, with app.tenant_id set to
 * `tenant`, so that row-level security hides every other tenant's rows. Both
 * settings end with the transaction.
 */
export async function asTenant<T>(db: Db, tenant: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.exec(`set local role ${tenantRole}`);
    await tx.query("select set_config('app.tenant_id', $1, true)", [tenant]);
    return work(tx);
  });
}
