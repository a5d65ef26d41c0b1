import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { virtualPath } from '../../src/labs/modules/virtual-path.ts';
import { buildModuleGraph } from '../../src/labs/modules/build-graph.ts';
import { entryRequests } from '../../src/labs/modules/entries.ts';
import { loadLabs, type LabSource } from '../../src/labs/load.ts';
import { assetPackage, assetsOf, staticClosure, type ModuleManifest } from '../../src/runtime/modules/manifest.ts';
import { LabErrors } from '../../src/labs/errors.ts';

const fixture = join(import.meta.dirname, 'fixtures/module-graph');

const lab = (files: Record<string, string>, dependencies: Record<string, string>): LabSource =>
  ({ slug: 'demo', dir: 'labs/demo', manifest: {} as LabSource['manifest'], packageJson: { name: 'demo', scripts: { start: '', test: '' }, dependencies }, starter: files, solution: {} }) as LabSource;

test('a lab may import only what its package.json declares; the error names the file and the specifier', () => {
  const ok = entryRequests([lab({ 'src/main.ts': "import { x } from 'fake-pkg/sub';\nimport fs from 'node:fs';\nimport path from 'path';" }, { 'fake-pkg': '1.0.0' })]);
  assert.deepEqual(ok, [{ slug: 'demo', dir: 'labs/demo', specifiers: ['fake-pkg/sub'], optional: ['fake-pkg'] }]);
  assert.throws(
    () => entryRequests([lab({ 'src/main.ts': "import { z } from 'zod';", 'test/a.test.ts': "import 'left-pad';" }, {})]),
    (error: LabErrors) =>
      error instanceof LabErrors &&
      error.problems.length === 2 &&
      /labs\/demo\/src\/main\.ts: imports "zod", but "zod" is not in labs\/demo\/package\.json "dependencies"/.test(error.message) &&
      /labs\/demo\/test\/a\.test\.ts: imports "left-pad"/.test(error.message),
  );
});

test('resolution follows the exports map with the browser conditions, subpaths and JSON included; import() gets a file of its own', async () => {
  const graph = await buildModuleGraph([{ slug: 'demo', dir: 'labs/demo', specifiers: ['fake-pkg', 'fake-pkg/sub'] }], fixture);
  const entries = graph.entries.demo ?? {};
  const main = graph.files[entries['fake-pkg'] ?? ''];
  const sub = graph.files[entries['fake-pkg/sub'] ?? ''];
  assert.ok(main && sub);
  assert.ok(main.modules.includes('/node_modules/fake-pkg/dist/browser.js'), 'the browser condition was not chosen');
  assert.ok(!Object.values(graph.files).some((file) => file.modules.includes('/node_modules/fake-pkg/dist/node.js')));
  assert.ok(sub.modules.includes('/node_modules/fake-pkg/dist/sub.js'), 'the import condition was not chosen for the subpath');
  assert.match(main.code, /42/, 'the JSON file was not bundled');
  assert.match(sub.code, /file:\/\/\/node_modules\/fake-pkg\/dist\/sub\.js/, "import.meta.url is not the module's own address");
  assert.equal(main.lazy.length, 1);
  const lazy = graph.files[main.lazy[0] ?? ''];
  assert.ok(lazy?.modules.includes('/node_modules/fake-pkg/dist/lazy.js'));
  assert.match(main.code, /__import\("\.\/[ce]-[\w-]+\.js"\)/, 'import() was not handed to the loader');
  assert.doesNotMatch(main.code, /\bimport\(|^export /m);
});

test('the labs’ graph: each module in one file, the kit loads its tokenizer and provider packages only on demand', async () => {
  const root = process.cwd();
  const graph = await buildModuleGraph(entryRequests(loadLabs(join(root, 'labs'), root)), root);
  const seen = new Map<string, string>();
  for (const [id, file] of Object.entries(graph.files)) {
    for (const module of file.modules) {
      assert.equal(seen.get(module), undefined, `${module} is in both ${seen.get(module)} and ${id}`);
      seen.set(module, id);
    }
  }
  const manifest: ModuleManifest = { version: 1, files: Object.fromEntries(Object.entries(graph.files).map(([id, file]) => [id, { url: id, bytes: 0, imports: file.imports, lazy: file.lazy, packages: file.packages }])), entries: graph.entries, assets: {} };
  const kit = graph.entries['cost-curve']?.['@ai-roadmap/kit'];
  assert.ok(kit, 'cost-curve has no entry for the kit');
  const eager = staticClosure(manifest, [kit]).flatMap((id) => graph.files[id]?.packages ?? []);
  for (const later of ['gpt-tokenizer', '@ai-sdk/anthropic', '@ai-sdk/openai-compatible']) assert.ok(!eager.includes(later), `${later} loads with the kit`);
  assert.ok(eager.includes('ai') && eager.includes('zod'));
  const tokens = graph.entries['cost-curve']?.['@ai-roadmap/kit/tokens'];
  assert.ok(tokens && staticClosure(manifest, [tokens]).some((id) => graph.files[id]?.packages.includes('gpt-tokenizer')), 'the tokens subpath does not bring the tokenizer');
});

test('a package with a native addon stops the build, saying it cannot run in a browser', async () => {
  await assert.rejects(
    buildModuleGraph([{ slug: 'demo', dir: 'labs/demo', specifiers: ['native-pkg'] }], fixture),
    /\/node_modules\/native-pkg\/build\/binding\.node is a native Node addon \(compiled code for Node\), which cannot run in a browser/,
  );
});

test('two copies of one package, one nested by npm inside another package, keep distinct paths', () => {
  const root = mkdtempSync(join(tmpdir(), 'virtual-path-'));
  const write = (path: string, text: string) => (mkdirSync(dirname(join(root, path)), { recursive: true }), writeFileSync(join(root, path), text));
  write('node_modules/emitter/package.json', '{"name":"emitter","version":"5.0.0"}');
  write('node_modules/emitter/index.js', '');
  write('node_modules/host/package.json', '{"name":"host"}');
  write('node_modules/host/node_modules/emitter/package.json', '{"name":"emitter","version":"4.0.0"}');
  write('node_modules/host/node_modules/emitter/index.js', '');
  assert.equal(virtualPath(join(root, 'node_modules/emitter/index.js')), '/node_modules/emitter/index.js');
  assert.equal(virtualPath(join(root, 'node_modules/host/node_modules/emitter/index.js')), '/node_modules/host/node_modules/emitter/index.js');
});

test('a data file belongs to the package its path names; a run gets ready the data files of the packages its files hold', () => {
  assert.equal(assetPackage('/node_modules/@electric-sql/pglite/dist/pglite.wasm'), '@electric-sql/pglite');
  assert.equal(assetPackage('/node_modules/pyodide/pyodide.asm.wasm'), 'pyodide');
  assert.equal(assetPackage('/elsewhere/x.wasm'), undefined);
  const file = (packages: string[]) => ({ url: '', bytes: 0, imports: [], lazy: [], packages });
  const asset = { url: '', bytes: 0 };
  const manifest: ModuleManifest = {
    version: 1,
    files: { 'c-db.js': file(['@electric-sql/pglite', '@electric-sql/pglite-pgvector']), 'c-kit.js': file(['@ai-roadmap/kit']) },
    entries: {},
    assets: {
      '/node_modules/@electric-sql/pglite/dist/pglite.wasm': asset,
      '/node_modules/@electric-sql/pglite-pgvector/dist/vector.tar.gz': asset,
      '/node_modules/@electric-sql/pglite-extra/dist/extra.wasm': asset,
      '/node_modules/pyodide/pyodide.asm.wasm': asset,
    },
  };
  assert.deepEqual(assetsOf(manifest, ['c-db.js', 'c-kit.js']), ['/node_modules/@electric-sql/pglite/dist/pglite.wasm', '/node_modules/@electric-sql/pglite-pgvector/dist/vector.tar.gz']);
  assert.deepEqual(assetsOf(manifest, ['c-kit.js']), []);
});
