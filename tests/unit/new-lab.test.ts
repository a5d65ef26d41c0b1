import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLabs } from '../../src/labs/load.ts';
import { scaffoldLab } from '../../scripts/lib/scaffold-lab.ts';
import { materializeLab } from '../../scripts/lib/materialize-lab.ts';
import { runLabTests } from '../../scripts/lib/run-lab-tests.ts';

// Inside the repository, so that node_modules resolves as it does for real labs.
const scratchDirs: string[] = [];
const scratch = (): string => {
  mkdirSync(join(process.cwd(), '.cache'), { recursive: true });
  const dir = mkdtempSync(join(process.cwd(), '.cache', 'unit-'));
  scratchDirs.push(dir);
  return dir;
};
after(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('a scaffolded lab is valid, fails on its starter and passes on its solution', async () => {
  const root = scratch();
  scaffoldLab(join(root, 'labs'), 'token-budget');
  const [lab] = loadLabs(join(root, 'labs'), root);
  assert.ok(lab);
  assert.equal(lab.slug, 'token-budget');
  const starter = await runLabTests(materializeLab(lab, 'starter', join(root, 'starter')));
  const solution = await runLabTests(materializeLab(lab, 'solution', join(root, 'solution')));
  assert.equal(starter.fail, 1, starter.output);
  assert.notEqual(starter.exitCode, 0);
  assert.equal(solution.fail, 0, solution.output);
  assert.equal(solution.pass, 1, solution.output);
});

test('new-lab refuses a bad slug and an existing folder', () => {
  const root = scratch();
  assert.throws(() => scaffoldLab(join(root, 'labs'), 'Bad Slug'), /"Bad Slug" is not a valid slug/);
  scaffoldLab(join(root, 'labs'), 'twice');
  assert.throws(() => scaffoldLab(join(root, 'labs'), 'twice'), /already exists/);
});

test('the TAP summary is read from node:test output', async () => {
  const { parseTapSummary } = await import('../../scripts/lib/run-lab-tests.ts');
  assert.deepEqual(parseTapSummary('TAP version 13\nok 1 - a\n# tests 3\n# pass 2\n# fail 1\n'), { pass: 2, fail: 1 });
  assert.deepEqual(parseTapSummary('crashed'), { pass: 0, fail: 0 });
});

test('a lab whose tests never finish is stopped at the deadline and counted as failing', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { test: 'node -e "setInterval(() => {}, 1000)"' } }));
  const outcome = await runLabTests(dir, {}, 1_000);
  assert.notEqual(outcome.exitCode, 0);
  assert.match(outcome.output, /Stopped: npm test in .* ran for more than 1 s/);
});
