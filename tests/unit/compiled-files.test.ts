// A warm run does not compile again the lab files whose text is unchanged:
// the worker compiles them before any lab code runs, and the page keeps that
// code, per lab and per file, only for as long as the file's text is the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledFiles } from '../../src/runtime/runners/in-page/compiled-files.ts';
import { compileAhead } from '../../src/runtime/runners/in-page/worker/compile-ahead.ts';
import { ModuleSystem } from '../../src/runtime/runners/in-page/worker/module-system.ts';
import type { Packages } from '../../src/runtime/runners/in-page/worker/packages.ts';

const noPackages = { entry: () => undefined, available: [] } as unknown as Packages;
const lab = {
  'src/main.ts': "import { twice } from './twice.ts';\nconsole.log(twice(21));\n",
  'src/twice.ts': 'export const twice = (n: number): number => n * 2;\n',
  'test/twice.test.ts': "import test from 'node:test';\n",
  'README.md': '# not code',
};

test('the page sends back a file’s compiled code only while its text is what was compiled', () => {
  const kept = new CompiledFiles();
  kept.keep('demo', lab, 'src/twice.ts', 'exports.twice = (n) => n * 2;');
  assert.deepEqual(kept.reusable('demo', lab), { 'src/twice.ts': 'exports.twice = (n) => n * 2;' });
  const edited = { ...lab, 'src/twice.ts': 'export const twice = (n: number): number => n + n;\n' };
  assert.deepEqual(kept.reusable('demo', edited), {}, 'an edited file is compiled again');
  assert.deepEqual(kept.reusable('other-lab', lab), {}, 'another lab on the page does not share it');
});

test('the page keeps nothing for a file the run did not have, or code far longer than its text', () => {
  const kept = new CompiledFiles();
  kept.keep('demo', lab, 'src/elsewhere.ts', 'x');
  kept.keep('demo', lab, 'src/twice.ts', 'x'.repeat(20_000));
  kept.keep('demo', lab, 'constructor', 'x');
  assert.deepEqual(kept.reusable('demo', { ...lab, 'src/elsewhere.ts': '' }), {});
});

test('a start run compiles every code file but the tests, and says so; a test run compiles the tests too', () => {
  const told: string[] = [];
  const start = compileAhead(lab, 'start', {}, (path) => told.push(path));
  assert.deepEqual([...start.keys()].sort(), ['src/main.ts', 'src/twice.ts']);
  assert.deepEqual(told.sort(), ['src/main.ts', 'src/twice.ts']);
  assert.match(start.get('src/twice.ts')!, /const twice = \(n\) => n \* 2/);
  assert.deepEqual([...compileAhead(lab, 'test', {}, () => {}).keys()].sort(), ['src/main.ts', 'src/twice.ts', 'test/twice.test.ts']);
});

test('code the page sent back is used as it is, not compiled again, and is not reported again', async () => {
  const told: string[] = [];
  const ahead = compileAhead(lab, 'start', { 'src/twice.ts': 'exports.twice = (n) => n * 3;' }, (path) => told.push(path));
  assert.deepEqual(told, ['src/main.ts']);
  const printed: unknown[] = [];
  const modules = new ModuleSystem({ files: lab, packages: noPackages, builtins: {}, precompiled: ahead });
  const log = console.log;
  console.log = (value: unknown) => void printed.push(value);
  try {
    await modules.run('src/main.ts');
  } finally {
    console.log = log;
  }
  assert.deepEqual(printed, [63], 'the kept code ran, not a fresh compile of the text');
});

test('a file that does not compile is left out, so that it fails the run only if the run loads it', () => {
  const told: string[] = [];
  const ahead = compileAhead({ ...lab, 'src/broken.ts': 'export const = ;' }, 'start', {}, (path) => told.push(path));
  assert.equal(ahead.has('src/broken.ts'), false);
  assert.equal(told.includes('src/broken.ts'), false);
});
