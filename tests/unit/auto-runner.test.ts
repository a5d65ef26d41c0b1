import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AutoRunner, type RunnerChoice } from '../../src/runtime/runners/auto-runner.ts';
import { WebContainerRunner } from '../../src/runtime/runners/webcontainer/webcontainer-runner.ts';
import type { BrowserFacts } from '../../src/runtime/runners/webcontainer/availability.ts';
import type { RunRequest, RunResult, Runner } from '../../src/runtime/runner.ts';
import { FakeWebContainer } from './support/fake-webcontainer.ts';

const facts: BrowserFacts = { crossOriginIsolated: true, online: true, userAgent: 'Chrome/156', hasSharedArrayBuffer: true };
const request: RunRequest = { slug: 'demo', command: 'start', files: { 'package.json': '{}' }, entry: 'src/main.ts', env: {}, timeoutMs: 1000 };
const io = { stdout: () => {}, stderr: () => {} };

function quickStub(): Runner & { runs: number } {
  const stub = {
    kind: 'quick' as const,
    runs: 0,
    async run(): Promise<RunResult> {
      stub.runs++;
      return { exitCode: 0, end: 'exit', usage: [], droppedLines: 0, durationMs: 1 };
    },
    dispose() {},
  };
  return stub;
}

const hangingBoot = () => new WebContainerRunner({ boot: () => new Promise(() => {}), coep: 'require-corp', bootTimeoutMs: 40, loadKit: async () => ({}) });

test('while the boot is pending, a run goes to the quick runner at once; a timed-out boot is reported with its reason', async () => {
  const quick = quickStub();
  const choices: RunnerChoice[] = [];
  const webcontainer = hangingBoot();
  const runner = new AutoRunner({ preference: 'auto', facts, quick: () => quick, webcontainer: () => webcontainer, onChoice: (choice) => choices.push(choice) });
  await runner.run(request, io);
  assert.equal(quick.runs, 1);
  assert.deepEqual(choices, [{ kind: 'quick', reason: 'boot-pending' }]);
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(choices.at(-1)?.kind, 'quick');
  assert.equal((choices.at(-1) as { reason: string }).reason, 'boot-timeout');
});

test('a page that is not isolated never tries to boot', async () => {
  const quick = quickStub();
  const choices: RunnerChoice[] = [];
  let built = 0;
  const runner = new AutoRunner({ preference: 'auto', facts: { ...facts, crossOriginIsolated: false }, quick: () => quick, webcontainer: () => (built++, hangingBoot()), onChoice: (choice) => choices.push(choice) });
  await runner.run(request, io);
  assert.equal(built, 0);
  assert.deepEqual(choices, [{ kind: 'quick', reason: 'not-isolated' }]);
});

test('choosing the quick runner is respected', () => {
  const choices: RunnerChoice[] = [];
  new AutoRunner({ preference: 'quick', facts, quick: quickStub, webcontainer: hangingBoot, onChoice: (choice) => choices.push(choice) });
  assert.deepEqual(choices, [{ kind: 'quick', reason: 'chosen' }]);
});

test('once the WebContainer has booted, runs go to it', async () => {
  const fake = new FakeWebContainer({ 'node --version': { output: 'v22.18.0' }, 'npm start': { output: 'from the container\n' } });
  const webcontainer = new WebContainerRunner({ boot: async () => fake.asWebContainer(), coep: 'require-corp', loadKit: async () => ({}) });
  const quick = quickStub();
  const choices: RunnerChoice[] = [];
  const runner = new AutoRunner({ preference: 'auto', facts, quick: () => quick, webcontainer: () => webcontainer, onChoice: (choice) => choices.push(choice) });
  await runner.prewarm();
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(choices.at(-1), { kind: 'webcontainer' });
  const output: string[] = [];
  await runner.run(request, { stdout: (text) => output.push(text), stderr: () => {} });
  assert.equal(quick.runs, 0);
  assert.match(output.join(''), /from the container/);
  assert.equal(runner.kind, 'webcontainer');
});

test('a run that carries the learner’s key goes to the quick runner, even with a WebContainer booted, unless the learner allowed otherwise', async () => {
  const fake = new FakeWebContainer({ 'node --version': { output: 'v22.18.0' }, 'npm start': { output: 'from the container\n' } });
  const webcontainer = new WebContainerRunner({ boot: async () => fake.asWebContainer(), coep: 'require-corp', loadKit: async () => ({}) });
  const quick = quickStub();
  const runner = new AutoRunner({ preference: 'webcontainer', facts, quick: () => quick, webcontainer: () => webcontainer, onChoice: () => {} });
  const keyed = { ...request, env: { LAB_PROVIDER: 'anthropic', LAB_API_KEY: 'sk-ant-secret' } };
  await runner.run(keyed, io);
  assert.equal(quick.runs, 1, 'the keyed run went to the WebContainer');
  assert.equal(fake.spawns.length, 0);
  await runner.run({ ...keyed, keyBeyondSandbox: true }, io);
  assert.equal(quick.runs, 1);
  assert.ok(fake.spawns.some((spawn) => spawn.command.startsWith('npm start') && spawn.env?.LAB_API_KEY === 'sk-ant-secret'), 'the allowed run did not reach the WebContainer');
  await runner.run(request, io);
  assert.equal(quick.runs, 1, 'a run without a key should stay in the WebContainer');
});

test('the boot waits until the quick runner has answered, so it never delays the first output', async () => {
  let bootStarted = false;
  let releaseQuick: () => void = () => {};
  const quick: Runner = { ...quickStub(), prewarm: () => new Promise<void>((resolve) => (releaseQuick = resolve)) };
  const webcontainer = new WebContainerRunner({ boot: () => ((bootStarted = true), new Promise(() => {})), coep: 'require-corp', bootTimeoutMs: 40, loadKit: async () => ({}) });
  const runner = new AutoRunner({ preference: 'auto', facts, quick: () => quick, webcontainer: () => webcontainer, onChoice: () => {} });
  const warming = runner.prewarm();
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(bootStarted, false, 'the boot started before the quick runner was ready');
  releaseQuick();
  await warming;
  assert.equal(bootStarted, true);
});

test('a Python lab runs in the quick runner and never boots a WebContainer, even when one could boot or is preferred', async () => {
  for (const preference of ['auto', 'webcontainer'] as const) {
    const quick = quickStub();
    const choices: RunnerChoice[] = [];
    let built = 0;
    const runner = new AutoRunner({ preference, facts, language: 'python', quick: () => quick, webcontainer: () => (built++, hangingBoot()), onChoice: (choice) => choices.push(choice) });
    await runner.prewarm();
    await runner.run({ ...request, entry: 'src/main.py', language: 'python' }, io);
    assert.equal(quick.runs, 1);
    assert.equal(built, 0);
    assert.deepEqual(choices, [{ kind: 'quick', reason: 'python' }]);
  }
});
