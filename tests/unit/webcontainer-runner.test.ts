import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { WebContainerRunner, WebContainerUnavailable, type WebContainerRunnerOptions } from '../../src/runtime/runners/webcontainer/webcontainer-runner.ts';
import type { TestResult } from '../../src/runtime/runner.ts';
import { FakeClock, fakeKit as kit, labRequest, ManualProcess, runnerOnFake, settle, type Script } from './support/fake-webcontainer.ts';

const tap = (() => {
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'tests/unit/fixtures/tap-demo.fixture.ts'], { encoding: 'utf8', env }).stdout;
})();

const request = labRequest;
const quietIO = () => {
  const out: string[] = [];
  const tests: TestResult[] = [];
  return { out, tests, io: { stdout: (text: string) => out.push(text), stderr: (text: string) => out.push(text), test: (result: TestResult) => tests.push(result) } };
};
const defaultScript: Script = {
  'npm install': { output: 'added 12 packages in 2s\n' },
  'node --version': { output: 'v22.18.0\n' },
  'npm start': { output: 'hello from the lab\n' },
  'npm test': { output: tap, exit: 1 },
};

const setup = (script: Script = defaultScript, options: Partial<WebContainerRunnerOptions> = {}) => runnerOnFake(script, options);

test('the mounted tree is the lab’s files plus the kit, wired as a local dependency', async () => {
  const { fake, runner } = setup();
  await runner.run(request('start'), quietIO().io);
  const tree = fake.mounts[0] as Record<string, any>;
  assert.deepEqual(Object.keys(tree).sort(), ['.gitignore', 'README.md', 'kit', 'package.json', 'src']);
  assert.equal(tree.src.directory['main.ts'].file.contents, 'console.log("hi")');
  assert.equal(tree.kit.directory['src'].directory['index.ts'].file.contents, 'export {};');
  assert.equal(JSON.parse(tree['package.json'].file.contents).dependencies['@ai-roadmap/kit'], 'file:./kit');
});

test('it installs, then starts; a second run with the same package.json skips the install', async () => {
  const { fake, runner, boots } = setup();
  const { out, io } = quietIO();
  const first = await runner.run(request('start'), io);
  assert.deepEqual(fake.spawns.map((spawn) => spawn.command), ['npm install --no-audit --no-fund --loglevel=http', 'node --version', 'npm start --silent']);
  assert.equal(first.exitCode, 0);
  assert.equal(first.end, 'exit');
  assert.match(out.join(''), /hello from the lab/);
  await runner.run(request('start'), io);
  assert.deepEqual(fake.spawns.slice(3).map((spawn) => spawn.command), ['npm start --silent']);
  assert.equal(boots(), 1);
  assert.equal(fake.spawns.at(-1)?.env?.LAB_PROVIDER, 'stand-in');
});

test('npm test’s TAP output becomes the checklist', async () => {
  const { fake, runner } = setup();
  const { tests, io } = quietIO();
  const result = await runner.run(request('test'), io);
  assert.equal(fake.spawns.at(-1)?.command, 'npm test --silent');
  assert.match(String(fake.spawns.at(-1)?.env?.NODE_OPTIONS), /--test-reporter=tap/);
  assert.deepEqual(result.tests?.map((t) => [t.name, t.passed]), [
    ['adds', true],
    ['fails with a message', false],
    ['suite › inner passes', true],
    ['suite › inner fails', false],
  ]);
  assert.equal(tests.length, 4);
  assert.equal(result.exitCode, 1);
});

test('in a test run, what the tests print and npm’s errors reach the output, and TAP does not', async () => {
  const { runner } = setup({ ...defaultScript, 'npm test': { output: `${tap}# a line a test printed\nnpm error Lifecycle script "test" failed\n`, exit: 1 } });
  const { out, tests, io } = quietIO();
  await runner.run(request('test'), io);
  const printed = out.join('');
  assert.match(printed, /^a line a test printed$/m);
  assert.match(printed, /^npm error Lifecycle script "test" failed$/m);
  assert.doesNotMatch(printed, /TAP version|^ok 1 - adds$/m);
  assert.equal(tests.length, 4);
});

test('progress events follow the phases, with the package count npm reported', async () => {
  const { runner, progress } = setup();
  await runner.run(request('start'), quietIO().io);
  assert.deepEqual([...new Set(progress.map((event) => event.phase))], ['booting', 'mounting', 'installing', 'installed', 'running']);
  assert.equal(progress.find((event) => event.packages !== undefined)?.packages, 12);
  assert.ok(progress.every((event) => event.elapsedMs >= 0));
});

test('while npm installs, progress ticks on the clock and counts the package tarballs npm fetched', async () => {
  const clock = new FakeClock();
  const install = new ManualProcess();
  const { runner, progress } = setup({ ...defaultScript, 'npm install': install }, { clock });
  const { out, io } = quietIO();
  const running = runner.run(request('start'), io);
  await install.started;
  const last = () => progress.at(-1);
  assert.deepEqual(last(), { phase: 'installing', elapsedMs: 0 });
  clock.advance(300);
  assert.deepEqual(last(), { phase: 'installing', elapsedMs: 300 });
  install.write('npm http fetch GET 200 https://registry.npmjs.org/zod 40ms (cache miss)\n');
  install.write('\u001b[1G\u001b[0Knpm \u001b[32mhttp\u001b[39m fetch GET 200 https://registry.npmjs.org/zod/-/zod-4.6.7.tgz 80ms (cache miss)\n');
  await settle(() => last()?.packages === 1, 'one tarball counted');
  clock.advance(300);
  assert.deepEqual(last(), { phase: 'installing', elapsedMs: 600, packages: 1 });
  install.write('npm warn deprecated old@1.0.0: use new\n\nadded 7 packages in 1s\n');
  install.exit(0);
  await running;
  assert.deepEqual(progress.find((event) => event.phase === 'installed'), { phase: 'installed', elapsedMs: 600, packages: 7 });
  assert.equal(last()?.phase, 'running');
  assert.equal(clock.ticking, 0, 'the timer stops once the lab runs');
  assert.ok(clock.intervals.every((ms) => ms <= 500), 'the elapsed time moves at least twice a second');
  const printed = out.join('');
  assert.doesNotMatch(printed, /npm http fetch/);
  assert.match(printed, /npm warn deprecated old@1\.0\.0/);
  assert.match(printed, /added 7 packages/);
});

test('an older Node in the container runs the lab through tsx', async () => {
  const { fake, runner } = setup({ ...defaultScript, 'node --version': { output: 'v20.19.0\n' } });
  await runner.run(request('start'), quietIO().io);
  assert.ok(fake.spawns.some((spawn) => spawn.command.startsWith('npm install --no-save') && spawn.command.endsWith('tsx')));
  assert.equal(fake.spawns.at(-1)?.env?.NODE_OPTIONS, '--import tsx');
});

test('a boot that never answers times out with its reason, and is not retried', async () => {
  let boots = 0;
  const runner = new WebContainerRunner({ boot: () => (boots++, new Promise(() => {})), coep: 'require-corp', bootTimeoutMs: 30, loadKit: async () => kit });
  await assert.rejects(runner.run(request('start'), quietIO().io), (error: unknown) => error instanceof WebContainerUnavailable && error.reason === 'boot-timeout');
  await assert.rejects(runner.run(request('start'), quietIO().io), WebContainerUnavailable);
  assert.equal(boots, 1);
});

test('a boot that fails is reported as boot-failed with the error', async () => {
  const runner = new WebContainerRunner({ boot: () => Promise.reject(new Error('Unable to create more instances')), coep: 'require-corp', loadKit: async () => kit });
  await assert.rejects(runner.run(request('start'), quietIO().io), (error: unknown) => error instanceof WebContainerUnavailable && error.reason === 'boot-failed' && /more instances/.test(error.message));
});

test('Stop kills the running process', async () => {
  const { fake, runner } = setup({ ...defaultScript, 'npm start': 'hang' });
  const controller = new AbortController();
  const running = runner.run(request('start'), quietIO().io, controller.signal);
  setTimeout(() => controller.abort(), 20);
  const result = await running;
  assert.equal(result.end, 'stopped');
  assert.deepEqual(fake.killed, ['npm start --silent']);
});
