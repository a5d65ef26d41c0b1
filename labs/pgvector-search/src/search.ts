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
  // TODO (task 2): in one transaction, make the planner use the index (on 800 rows it
  // would rather scan the table), set hnsw.ef_search to efSearch for this transaction
  // only, then run nearestSql.
  return exactTopK(db, query, k);
}

/**
 * The k nearest ids among `tenant`'s rows only, through the index. It must never
 * return another tenant's row, and it must not come back short: a tenant with at
 * least k rows gets k of them.
 */
export async function tenantTopK(db: Db, tenant: string, query: number[], k: number, efSearch = 40): Promise<number[]> {
  // TODO (task 4): this searches every tenant's rows. Filter by tenant_id with a
  // parameter, and make the index keep searching until k rows pass the filter.
  return approximateTopK(db, query, k, efSearch);
}

/**
 * Runs `work` in a transaction as the tenant role, with app.tenant_id set to
 * `tenant`, so that row-level security hides every other tenant's rows. Both
 * settings end with the transaction.
 */
export async function asTenant<T>(db: Db, tenant: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  // TODO (task 5): switch to the role `tenantRole` and set app.tenant_id for this
  // transaction only, then run `work`. Pass the tenant as a query parameter.
  return db.transaction(work);
}
