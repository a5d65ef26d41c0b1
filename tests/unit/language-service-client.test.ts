import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageServiceClient } from '../../src/runtime/language-service/client.ts';

interface Call {
  type: string;
  path?: string[];
  argumentList?: Array<{ value?: unknown }>;
}

/** A worker that answers comlink's calls at once and keeps a list of them. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | undefined;
  readonly calls: Call[] = [];
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(message: Call & { id: string }): void {
    this.calls.push(message);
    const value = message.path?.[0] === 'start' ? { diagnostics: [] } : [];
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, type: 'RAW', value } })));
  }
  terminate(): void {}
}

const setFileCalls = (worker: FakeWorker): unknown[][] =>
  worker.calls.filter((call) => call.type === 'APPLY' && call.path?.[0] === 'setFile').map((call) => (call.argumentList ?? []).map((argument) => argument.value));

test('a file set to the text the worker already has is not sent again; a changed one is', async (t) => {
  // Node has no Worker of the web's kind.
  Object.assign(globalThis, { Worker: FakeWorker });
  t.after(() => Reflect.deleteProperty(globalThis, 'Worker'));
  const client = new LanguageServiceClient('ts-worker.js');
  const worker = FakeWorker.last!;
  await client.start([], { compilerOptions: {}, files: { '/lab/src/main.ts': 'one', '/lab/src/other.ts': 'two' }, open: '/lab/src/main.ts' });

  // As the workbench does after the start: every file, most of them unchanged.
  client.update('/lab/src/main.ts', 'one');
  client.update('/lab/src/other.ts', 'two, edited');
  await client.diagnostics('/lab/src/main.ts');
  assert.deepEqual(setFileCalls(worker), [['/lab/src/other.ts', 'two, edited']]);

  client.update('/lab/src/other.ts', 'two, edited');
  client.update('/lab/src/main.ts', 'one, edited');
  await client.diagnostics('/lab/src/main.ts');
  assert.deepEqual(setFileCalls(worker).slice(1), [['/lab/src/main.ts', 'one, edited']]);
  client.dispose();
});
