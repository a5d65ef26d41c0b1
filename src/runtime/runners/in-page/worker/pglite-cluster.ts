// PGlite in the page starts a database in memory from the fresh cluster the
// build made (src/labs/modules/pglite-cluster.ts), through PGlite's own
// loadDataDir option, instead of running initdb at every run (two Postgres
// instances and initdb's WebAssembly: over a second, every time). The lab sees
// the same thing, an empty cluster; in Node it runs initdb as usual.
//
// Only PGlite.create() calls that leave the cluster to PGlite are changed: an
// in-memory database with no files, filesystem, tarball or initdb parameters of
// the lab's own. `new PGlite()` still runs initdb.
export const freshClusterPath = '/node_modules/@electric-sql/pglite/fresh-cluster.tar.gz';

type CreateOptions = Record<string, unknown>;
type Create = (this: unknown, dataDirOrOptions?: unknown, options?: unknown) => Promise<unknown>;

/** The options PGlite.create reads from its two arguments (as PGlite 0.5 does). */
export function createOptions(dataDirOrOptions?: unknown, options?: unknown): CreateOptions {
  if (typeof dataDirOrOptions === 'string') return { dataDir: dataDirOrOptions, ...((options as CreateOptions | undefined) ?? {}) };
  return ((dataDirOrOptions ?? options ?? {}) as CreateOptions);
}

/** Whether these options leave PGlite to make a fresh cluster in memory with initdb's defaults. */
export function makesFreshCluster(options: CreateOptions): boolean {
  const dataDir = options.dataDir;
  const inMemory = dataDir === undefined || (typeof dataDir === 'string' && dataDir.startsWith('memory://'));
  return inMemory && ['fs', 'loadDataDir', 'noInitDb', 'initDbStartParams', 'pgDataProxyFs'].every((key) => options[key] === undefined);
}

/**
 * Makes the PGlite class of these exports start in-memory databases from the snapshot
 * (fetched once per run, from the page); without a snapshot it leaves create() as it was.
 */
export function startFromFreshCluster(exports: unknown, fetchSnapshot: () => Promise<ArrayBuffer | undefined>): void {
  const PGlite = (exports as { PGlite?: { create?: Create } } | undefined)?.PGlite;
  const create = PGlite?.create;
  if (!PGlite || typeof create !== 'function') return;
  let snapshot: Promise<Blob | undefined> | undefined;
  PGlite.create = async function (this: unknown, dataDirOrOptions?: unknown, options?: unknown) {
    const given = createOptions(dataDirOrOptions, options);
    if (!makesFreshCluster(given)) return create.call(this, dataDirOrOptions, options);
    // Without the snapshot (not built, or not fetched), PGlite makes its cluster itself, as in Node.
    snapshot ??= fetchSnapshot().then((bytes) => (bytes ? new Blob([bytes]) : undefined), () => undefined);
    const loadDataDir = await snapshot;
    return loadDataDir ? create.call(this, { ...given, loadDataDir }) : create.call(this, dataDirOrOptions, options);
  };
}
