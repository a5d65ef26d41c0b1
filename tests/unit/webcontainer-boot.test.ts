import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WebContainer } from '@webcontainer/api';
import { WebContainerRunner } from '../../src/runtime/runners/webcontainer/webcontainer-runner.ts';
import { createPageWebContainer } from '../../src/runtime/workbench/runner-factory.ts';
import { isolationHeaders } from '../../src/book/headers.ts';
import { FakeWebContainer } from './support/fake-webcontainer.ts';

test('the page’s WebContainer boots with the COEP the site is served with, in a folder named lab', async () => {
  const fake = new FakeWebContainer({});
  const outcome = await createPageWebContainer(fake.boot).boot();
  assert.equal(outcome.ok, true);
  assert.equal(fake.bootOptions.length, 1);
  assert.equal(fake.bootOptions[0]?.coep, isolationHeaders['Cross-Origin-Embedder-Policy']);
  assert.equal(fake.bootOptions[0]?.workdirName, 'lab');
});

test('booting is once per page: a second call shares the first boot', async () => {
  const fake = new FakeWebContainer({});
  const runner = new WebContainerRunner({ boot: fake.boot, coep: 'credentialless', loadKit: async () => ({}) });
  const [first, second] = await Promise.all([runner.boot(), runner.boot()]);
  assert.equal(first, second);
  assert.deepEqual(fake.bootOptions.map((options) => options.coep), ['credentialless']);
});

test('a boot that answers after the timeout is torn down, and the page stays on the fallback', async () => {
  const fake = new FakeWebContainer({});
  let answer: (container: WebContainer) => void = () => {};
  const runner = new WebContainerRunner({ boot: () => new Promise((resolve) => (answer = resolve)), coep: 'require-corp', bootTimeoutMs: 5, loadKit: async () => ({}) });
  const outcome = await runner.boot();
  assert.equal(outcome.ok ? 'booted' : outcome.reason, 'boot-timeout');
  assert.equal(fake.tornDown, false);
  answer(fake.asWebContainer());
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(fake.tornDown, true);
  const again = await runner.boot();
  assert.equal(again.ok, false);
});

test('a boot that answers in time is kept, not torn down', async () => {
  const fake = new FakeWebContainer({});
  const runner = new WebContainerRunner({ boot: fake.boot, coep: 'require-corp', bootTimeoutMs: 10_000, loadKit: async () => ({}) });
  assert.equal((await runner.boot()).ok, true);
  assert.equal(fake.tornDown, false);
  runner.dispose();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(fake.tornDown, true);
});
