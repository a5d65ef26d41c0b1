// The last lines of `npm ci`: why the EBADENGINE warnings of an older Node are expected, and a
// clear failure when the pinned Node did not install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const script = join(process.cwd(), 'scripts', 'explain-install.mjs');
const pretendNode20 = join(process.cwd(), 'tests', 'unit', 'fixtures', 'pretend-node-20.cjs');

/** An executable that answers `--version` as Node 20 does: the Node npm ran on. */
function fakeNode20(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fake-node-')), 'node');
  writeFileSync(file, '#!/bin/sh\necho v20.11.0\n');
  chmodSync(file, 0o755);
  return file;
}

const run = (npmNode: string, preload: string[] = []) =>
  spawnSync(process.execPath, [...preload, script], { encoding: 'utf8', env: { ...process.env, npm_node_execpath: npmNode } });

test('when npm ran on Node 20, the install ends by saying the EBADENGINE warnings are expected, and why', { skip: process.platform === 'win32' }, () => {
  const result = run(fakeNode20());
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stdout,
    `✔ Installed. The "npm warn EBADENGINE" lines above are expected: npm ran on Node 20.11.0, but every npm script of this project runs on the pinned Node ${process.versions.node} (README: Prerequisites).\n`,
  );
});

test('when npm ran on a current Node, the install says nothing more', () => {
  const result = run(process.execPath);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout + result.stderr, '');
});

test('when the scripts would not run on the pinned Node, the install fails and says why', () => {
  const result = run(process.execPath, ['--require', pretendNode20]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^✖ npm scripts here run on Node 20\.11\.0, not on the pinned Node 24 .*allowScripts/);
});
