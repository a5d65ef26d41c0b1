import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createOptions, makesFreshCluster, startFromFreshCluster } from '../../src/runtime/runners/in-page/worker/pglite-cluster.ts';
import { freshClusterAssets } from '../../src/labs/modules/pglite-cluster.ts';

test('only a create() that leaves the cluster to PGlite, in memory with initdb’s defaults, starts from the snapshot', () => {
  assert.deepEqual(createOptions('memory://x', { debug: 1 }), { dataDir: 'memory://x', debug: 1 });
  assert.deepEqual(createOptions(undefined, { username: 'a' }), { username: 'a' });
  for (const options of [{}, { extensions: {} }, { dataDir: 'memory://' }, { username: 'app', relaxedDurability: true }]) assert.equal(makesFreshCluster(options), true, JSON.stringify(options));
  for (const options of [{ dataDir: 'idb://db' }, { dataDir: './pgdata' }, { fs: {} }, { loadDataDir: new Blob() }, { noInitDb: true }, { initDbStartParams: ['--locale=C'] }]) {
    assert.equal(makesFreshCluster(options), false, JSON.stringify(options));
  }
});

test('create() is given the snapshot as loadDataDir, fetched once; other calls, and a page without the snapshot, are left as they were', async () => {
  const calls: unknown[][] = [];
  const Fake = { create: async (...args: unknown[]) => calls.push(args) };
  let fetched = 0;
  startFromFreshCluster({ PGlite: Fake }, async () => (fetched++, new Uint8Array([1, 2, 3]).buffer));
  await Fake.create({ extensions: { vector: 1 } });
  await Fake.create();
  await Fake.create('idb://kept');
  assert.equal(fetched, 1);
  const [first, second, third] = calls;
  assert.ok((first?.[0] as { loadDataDir?: Blob }).loadDataDir instanceof Blob);
  assert.deepEqual((first?.[0] as { extensions?: unknown }).extensions, { vector: 1 });
  assert.equal(((second?.[0] as { loadDataDir: Blob }).loadDataDir).size, 3);
  assert.deepEqual(third, ['idb://kept', undefined]);

  const unchanged: unknown[][] = [];
  const Other = { create: async (...args: unknown[]) => unchanged.push(args) };
  startFromFreshCluster({ PGlite: Other }, () => Promise.reject(new Error('offline')));
  await Other.create({ debug: 1 });
  assert.deepEqual(unchanged, [[{ debug: 1 }, undefined]]);
});

test('the build’s snapshot starts a real PGlite: an empty cluster that takes a table, every database from the same snapshot', { timeout: 120_000 }, async () => {
  const root = process.cwd();
  const assets = freshClusterAssets({ '@electric-sql/pglite': join(root, 'node_modules/@electric-sql/pglite') }, root);
  const [snapshot] = Object.values(assets);
  assert.ok(snapshot && snapshot.bytes > 0, 'no snapshot was made');
  const bytes = readFileSync(snapshot.file);
  const original = PGlite.create;
  startFromFreshCluster({ PGlite }, async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const identifier = async () => {
    const db = await PGlite.create();
    try {
      const tables = await db.query<{ n: number }>("select count(*)::int as n from pg_tables where schemaname = 'public'");
      assert.equal(tables.rows[0]?.n, 0, 'the cluster is not empty');
      await db.exec('create table t (x int); insert into t values (1)');
      return (await db.query<{ id: string }>('select system_identifier::text as id from pg_control_system()')).rows[0]?.id;
    } finally {
      await db.close();
    }
  };
  try {
    const [a, b] = [await identifier(), await identifier()];
    assert.ok(a);
    // initdb draws a new identifier each time; two databases with one identifier came from one snapshot.
    assert.equal(a, b);
  } finally {
    PGlite.create = original;
  }
});
