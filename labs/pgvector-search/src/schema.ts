// The database: PGlite (Postgres compiled to WebAssembly, in memory) with the
// pgvector extension, one table of items, and the index and policy you add.
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { dimensions, toVectorLiteral, type Item } from './data.ts';

export type Db = PGlite;

/** A fresh in-memory Postgres with pgvector and an empty items table. Starting it takes a few seconds. */
export async function openDatabase(): Promise<Db> {
  const db = await PGlite.create({ extensions: { vector } });
  await db.exec(`
    create extension if not exists vector;
    create table items (
      id integer primary key,
      tenant_id text not null,
      embedding vector(${dimensions}) not null
    );
  `);
  return db;
}

/** Inserts the items a hundred rows at a time, each vector as a parameter. */
export async function insertItems(db: Db, items: Item[]): Promise<void> {
  for (let start = 0; start < items.length; start += 100) {
    const batch = items.slice(start, start + 100);
    const rows = batch.map((_, i) => `($${3 * i + 1}::integer, $${3 * i + 2}, $${3 * i + 3}::vector)`).join(', ');
    const values = batch.flatMap((item) => [item.id, item.tenant, toVectorLiteral(item.embedding)]);
    await db.query(`insert into items (id, tenant_id, embedding) values ${rows}`, values);
  }
}

export interface HnswOptions {
  /** Links per node on each layer above the bottom one (the bottom layer allows twice as many). */
  m: number;
  /** The size of the candidate list while the graph is built. */
  efConstruction: number;
}

export const indexName = 'items_embedding_hnsw';

/** Builds an HNSW index on items.embedding for cosine distance (the <=> operator), with the given m and ef_construction. */
export async function buildHnswIndex(db: Db, options: HnswOptions): Promise<void> {
  // TODO (task 1): create the index named `indexName` on items, using hnsw, with the
  // operator class for cosine distance, and m and ef_construction from `options`.
  // CREATE INDEX cannot take parameters: check both are whole numbers before you
  // put them in the statement.
}

/** The role the application's tenant-scoped queries run as (see asTenant in search.ts). */
export const tenantRole = 'tenant_reader';

/**
 * Row-level security: a second line of defence behind the WHERE clause. Under the
 * tenant role, a query sees only the rows whose tenant_id equals the setting
 * app.tenant_id, whatever its WHERE clause says (or forgets to say).
 */
export async function enableTenantIsolation(db: Db): Promise<void> {
  // TODO (task 5): turn on row-level security for items; add a policy that lets a
  // row through only when tenant_id = current_setting('app.tenant_id', true);
  // create the role `tenantRole` and grant it select on items. (This connection is
  // a superuser, and superusers skip every policy: that is why a role is needed.)
}

/** The lab's index settings: smaller than pgvector's defaults (m = 16, ef_construction = 64), so the recall curve shows on 800 rows. */
export const labIndex: HnswOptions = { m: 8, efConstruction: 32 };

/** The whole store: the database, the items, the HNSW index and the tenant policy. */
export async function openStore(items: Item[]): Promise<Db> {
  const db = await openDatabase();
  await insertItems(db, items);
  await buildHnswIndex(db, labIndex);
  await enableTenantIsolation(db);
  return db;
}
