// The kit's check-node.cjs runs before every lab's `npm start` and `npm test`, in the repository
// and in every exported project: on a Node that cannot run TypeScript it says what to do in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { standaloneProject } from '../../src/runtime/export/standalone.ts';
import { labFiles } from '../../scripts/lib/materialize-lab.ts';
import { loadLabs } from '../../src/labs/load.ts';
import { kitFiles } from '../../src/labs/kit.ts';

const checkNode = join(process.cwd(), 'labs', '_kit', 'check-node.cjs');
const pretendNode20 = join(process.cwd(), 'tests', 'unit', 'fixtures', 'pretend-node-20.cjs');

interface NodeFacts {
  features: { typescript?: string | false };
  nodeOptions?: string;
  execArgv?: string[];
}
// Plain CommonJS (any Node must run it), so it is imported by path, with the type of the export used here stated.
const { runsTypeScript } = (await import(pathToFileURL(checkNode).href)) as { runsTypeScript(facts: NodeFacts): boolean };

/** Runs a stand-in for a lab's code after the check, on this Node or on a pretended Node 20. */
const runLab = (preloads: string[], script: string) =>
  spawnSync(process.execPath, [...preloads.flatMap((file) => ['--require', file]), '--require', checkNode, '-e', 'console.log("the lab ran")'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', npm_lifecycle_event: script },
  });

test('on Node 20 the lab does not run: one line says what to do, and the exit code is 1', () => {
  const result = runLab([pretendNode20], 'test');
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '', 'the lab itself must not run');
  assert.equal(
    result.stderr,
    '✖ This lab is TypeScript, which Node runs directly from version 22.18 on; this is Node 20.11.0. Install Node 22.18 or later (24 LTS: https://nodejs.org), or run it this once with: npx -y node@24 --run test\n',
  );
  assert.match(runLab([pretendNode20], 'start').stderr, /npx -y node@24 --run start$/m);
});

test('under --test the check stops the runner itself, once, before a process per test file starts', () => {
  const testFile = join(process.cwd(), 'tests', 'unit', 'fixtures', 'tap-demo.fixture.ts');
  const result = spawnSync(process.execPath, ['--require', pretendNode20, '--require', checkNode, '--test', testFile, testFile], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', npm_lifecycle_event: 'test' },
  });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '', 'no test report: no test ran');
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
});

test('on this Node, which strips types, the lab runs and the check says nothing', () => {
  const result = runLab([], 'start');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, 'the lab ran\n');
  assert.equal(result.stderr, '');
});

test('a TypeScript loader on an older Node passes: the WebContainer runner loads tsx there', () => {
  assert.equal(runsTypeScript({ features: {}, nodeOptions: '--import tsx --test-reporter=tap' }), true);
  assert.equal(runsTypeScript({ features: {}, nodeOptions: '--import tsx' }), true);
  assert.equal(runsTypeScript({ features: {}, nodeOptions: '--import=tsx/esm' }), true);
  assert.equal(runsTypeScript({ features: {}, execArgv: ['--experimental-strip-types'] }), true);
  assert.equal(runsTypeScript({ features: {}, nodeOptions: '--import tsx-like-but-not' }), false);
  assert.equal(runsTypeScript({ features: {} }), false, 'Node before 22.10 has no process.features.typescript');
  assert.equal(runsTypeScript({ features: { typescript: false } }), false, 'stripping turned off');
  assert.equal(runsTypeScript({ features: { typescript: 'strip' } }), true);
});

const repoRoot = process.cwd();
const labs = loadLabs(join(repoRoot, 'labs'), repoRoot);

test('every TypeScript lab runs the check before start and test, and every lab depends on the kit that holds it', () => {
  assert.ok(labs.length > 0);
  for (const lab of labs) {
    // A Python lab's scripts are plain JavaScript (run.mjs loads Pyodide), which any Node from 18 runs.
    if (lab.manifest.language === 'python') assert.match(lab.packageJson.scripts.test, /^node run\.mjs test$/, `${lab.dir}/package.json: scripts.test`);
    else for (const script of ['start', 'test'] as const) {
      assert.match(lab.packageJson.scripts[script], /^node --require @ai-roadmap\/kit\/check-node /, `${lab.dir}/package.json: scripts.${script}`);
    }
    assert.ok(lab.packageJson.dependencies?.['@ai-roadmap/kit'], `${lab.dir}/package.json: the kit is not a dependency`);
  }
  const kit = JSON.parse(readFileSync(join(repoRoot, 'labs', '_kit', 'package.json'), 'utf8')) as { exports: Record<string, string> };
  assert.equal(kit.exports['./check-node'], './check-node.cjs');
});

test('an exported project carries the check in its kit, and its package.json still runs it', () => {
  const lab = labs.find((candidate) => candidate.slug === 'cost-curve');
  assert.ok(lab);
  const project = standaloneProject(lab.slug, labFiles(lab, 'starter'), kitFiles());
  assert.equal(project['kit/check-node.cjs'], readFileSync(checkNode, 'utf8'));
  assert.match(JSON.parse(project['package.json'] ?? '{}').scripts.test, /--require @ai-roadmap\/kit\/check-node/);
});

test('no lab declares engines itself: the export adds them (npm ci in the repository warns once per lab otherwise)', () => {
  for (const slug of readdirSync(join(repoRoot, 'labs'))) {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'labs', slug, 'package.json'), 'utf8')) as { engines?: unknown };
    assert.equal(pkg.engines, undefined, `labs/${slug}/package.json`);
  }
});
