import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildReason } from '../../scripts/lib/pdf-build-needed.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'pdf-build-'));
  const at = (path: string, seconds: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  };
  at('src/content/docs/a.mdx', 1000);
  at('labs/cost-curve/src/cost.ts', 1000);
  at('labs/cost-curve/node_modules/dep/index.js', 5000); // installed dependencies are not sources
  at('dist/print-book/index.html', 2000);
  return { root, at };
}

test('no build when dist/ is newer than every source', () => {
  const { root } = project();
  assert.equal(buildReason(root, 'dist/print-book/index.html', ['src', 'labs', 'astro.config.mjs']), undefined);
});

test('a build when a source changed after it, naming the file', () => {
  const { root, at } = project();
  at('labs/cost-curve/src/cost.ts', 3000);
  assert.equal(buildReason(root, 'dist/print-book/index.html', ['src', 'labs']), 'labs/cost-curve/src/cost.ts changed after the last build');
});

test('a build when there is no built print route', () => {
  const { root } = project();
  assert.equal(buildReason(root, 'dist/nothing/index.html', ['src']), 'dist/nothing/index.html does not exist');
});
