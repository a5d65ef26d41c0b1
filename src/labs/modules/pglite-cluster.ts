// A fresh, empty Postgres cluster for PGlite, made at build time. PGlite in
// memory runs initdb every time a database is created: in the page that is
// two Postgres instances and initdb's own WebAssembly, over a second on a
// fast machine, at every run. The in-page runner starts such a database from
// this snapshot instead (see src/runtime/runners/in-page/worker/pglite-cluster.ts),
// which is what PGlite's own loadDataDir option is for. It is made by the
// same PGlite package the labs use, once per version, and kept in
// node_modules/.cache so that its content hash (and the browser's cache of
// it) lasts from one build to the next. The labs share one PGlite, pinned
// exactly (pglite-pgvector pins the PGlite it was built for).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphAsset } from './assets.ts';
import { freshClusterPath } from '../../runtime/runners/in-page/worker/pglite-cluster.ts';

const pglitePackage = '@electric-sql/pglite';

// In a Node process of its own, so that the build's bundler never loads PGlite's code.
const makeClusterScript = `
  const [, entry, file] = process.argv;
  const { PGlite } = await import(entry);
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  const { renameSync, writeFileSync } = await import('node:fs');
  const part = file + '.' + process.pid + '.part';
  writeFileSync(part, new Uint8Array(await dump.arrayBuffer()));
  renameSync(part, file);
`;

function makeFreshCluster(packageDir: string, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const entry = pathToFileURL(join(packageDir, 'dist/index.js')).href;
  const made = spawnSync(process.execPath, ['--input-type=module', '--eval', makeClusterScript, entry, file], { encoding: 'utf8', timeout: 120_000 });
  if (made.status !== 0) throw new Error(`Could not make PGlite's fresh cluster for the in-page runner (from ${packageDir}): ${made.error?.message ?? made.stderr.trim()}`);
}

/** The snapshot as a data file of the graph, when the graph has PGlite; else nothing. */
export function freshClusterAssets(packageDirs: Record<string, string>, root = process.cwd()): Record<string, GraphAsset> {
  const packageDir = packageDirs[pglitePackage];
  if (!packageDir) return {};
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const file = join(root, 'node_modules/.cache/ai-roadmap', `pglite-${version}-fresh-cluster.tar.gz`);
  if (!existsSync(file)) makeFreshCluster(packageDir, file);
  return { [freshClusterPath]: { file, bytes: statSync(file).size } };
}
