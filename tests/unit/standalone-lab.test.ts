import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadLabs } from '../../src/labs/load.ts';
import { kitFiles } from '../../src/labs/kit.ts';
import { standaloneProject } from '../../src/runtime/export/standalone.ts';
import { labFiles, writeFiles } from '../../scripts/lib/materialize-lab.ts';
import { runLabTests } from '../../scripts/lib/run-lab-tests.ts';

// Outside the repository, so nothing resolves from the book's own node_modules.
const root = mkdtempSync(join(tmpdir(), 'standalone-lab-'));
after(() => rmSync(root, { recursive: true, force: true }));

const lab = loadLabs(join(process.cwd(), 'labs'), process.cwd()).find((candidate) => candidate.slug === 'cost-curve');

test('a lab copied out with the kit inside installs and tests on its own: solution passes, starter fails', { timeout: 180_000 }, async () => {
  assert.ok(lab, 'the cost-curve lab exists');
  const outcomes = [];
  for (const variant of ['solution', 'starter'] as const) {
    const dir = writeFiles(join(root, variant), standaloneProject(lab.slug, labFiles(lab, variant), kitFiles()));
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
    assert.equal(install.status, 0, `npm install failed in the ${variant} copy:\n${install.stderr}`);
    outcomes.push(await runLabTests(dir));
  }
  const [solution, starter] = outcomes;
  assert.equal(solution?.exitCode, 0, solution?.output);
  assert.equal(solution?.fail, 0);
  assert.ok((solution?.pass ?? 0) > 0);
  assert.notEqual(starter?.exitCode, 0);
  assert.ok((starter?.fail ?? 0) > 0, starter?.output);
});

test('an exported Python lab says how it runs (Pyodide from npm, no Python needed) and carries the kit’s Python runner', () => {
  const python = loadLabs(join(process.cwd(), 'labs'), process.cwd()).find((candidate) => candidate.slug === 'python-bridge');
  assert.ok(python, 'the python-bridge lab exists');
  const project = standaloneProject(python.slug, labFiles(python, 'starter'), kitFiles());
  assert.match(project['README.md'] ?? '', /run by Pyodide .* no Python of your own/);
  assert.doesNotMatch(project['README.md'] ?? '', /LAB_PROVIDER/);
  assert.ok(project['kit/python/run-lab.mjs'] && project['kit/python/harness.py']);
  assert.equal(JSON.parse(project['package.json'] ?? '{}').dependencies['@ai-roadmap/kit'], 'file:./kit');
});
