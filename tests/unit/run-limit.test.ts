import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInSandbox, type RunSetup } from '../../src/runtime/runners/in-page/run-in-sandbox.ts';
import type { Sandbox } from '../../src/runtime/runners/in-page/sandbox-frame.ts';
import type { RunResult } from '../../src/runtime/runner.ts';

/** A sandbox whose worker is the test: it holds the other end of the run's port. */
function fakeSandbox(): { sandbox: Sandbox; worker: MessagePort } {
  const channel = new MessageChannel();
  const sandbox: Sandbox = {
    startRun: () => channel.port1,
    stopRun: () => Promise.resolve(),
    compileWasm: () => {},
    preload: () => {},
    wasm: new Set(),
    remove: () => {},
  };
  return { sandbox, worker: channel.port2 };
}

const setup = (timeoutMs: number): RunSetup => ({
  request: { slug: 'demo', command: 'start', files: {}, entry: 'src/main.py', language: 'python', env: {}, timeoutMs },
  modules: { entries: {}, files: {}, graph: {} },
  compiledFiles: {},
  keepCompiled: () => {},
  loadFiles: async () => ({}),
  loadAsset: async () => undefined,
  maxOutputLines: 100,
  maxOutputChars: 10_000,
});
const io = { stdout: () => {}, stderr: () => {} };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a run that never says it has started is stopped at its time limit', async () => {
  const { sandbox, worker } = fakeSandbox();
  const { result } = await runInSandbox(sandbox, setup(100), io);
  assert.equal(result.end, 'timeout');
  worker.close();
});

test('"started" restarts the time limit, so a slow runtime start does not use up the lab’s time; the run is still stopped at the restarted limit', async () => {
  const { sandbox, worker } = fakeSandbox();
  let ended: RunResult | undefined;
  const run = runInSandbox(sandbox, setup(300), io).then(({ result }) => (ended = result));
  await sleep(200);
  worker.postMessage({ type: 'started' });
  // The limit now runs from the "started" message (at 200 ms or later), so it cannot end before 500 ms.
  await sleep(200);
  assert.equal(ended, undefined, 'the run was stopped before the restarted limit');
  worker.postMessage({ type: 'started' });
  const result = await run;
  assert.equal(result.end, 'timeout');
  worker.close();
});
