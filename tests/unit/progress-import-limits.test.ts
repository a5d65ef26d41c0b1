import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressStore } from '../../src/runtime/progress/progress-store.ts';
import { importProgress } from '../../src/runtime/progress/progress-transfer.ts';
import { withBrowserStorage } from './support/browser-storage.ts';
import { MemoryStorage } from './support/memory-storage.ts';

const date = '2026-11-25T10:00:00.000Z';
const progressKey = 'ai-roadmap:progress:v1';
const exportOf = (chapters: Record<string, string>, labs: Record<string, string> = {}) => JSON.stringify({ version: 1, chapters, labs });
const entries = (count: number, name: (index: number) => string) => Object.fromEntries(Array.from({ length: count }, (_, index) => [name(index), date]));

/** A progress store over this device's storage, holding one chapter already. */
function deviceWithProgress() {
  const local = new MemoryStorage();
  local.setItem(progressKey, exportOf({ '/start-here/what-an-ai-engineer-is/': date }));
  return { local, use: <T>(run: (store: ProgressStore) => T) => withBrowserStorage({ local }, () => run(new ProgressStore())) };
}

test('the attack: a 6 MB file of 150,000 chapters is refused, naming the size limit, and changes nothing', async () => {
  const attack = exportOf(entries(150_000, (index) => `/c-${index}/`));
  assert.ok(attack.length > 5_500_000, `${attack.length} bytes`);
  const { local, use } = deviceWithProgress();
  const before = local.getItem(progressKey);
  await use((store) => assert.throws(() => importProgress(store, attack), /This file is \d+\.\d MB; a progress export is at most 256 KB/));
  assert.equal(local.getItem(progressKey), before);
});

test('a small file with more entries than the book could have is refused, naming the limit', async () => {
  const { use } = deviceWithProgress();
  await use((store) => {
    assert.throws(() => importProgress(store, exportOf(entries(1001, (index) => `/c${index}/`))), /"chapters" lists 1001 entries; a progress export holds at most 1000/);
    assert.throws(() => importProgress(store, exportOf({}, entries(1001, (index) => `lab-${index}`))), /"labs" lists 1001 entries; a progress export holds at most 1000/);
  });
});

test('entries must name chapter paths and lab names', async () => {
  const { use } = deviceWithProgress();
  await use((store) => {
    assert.throws(() => importProgress(store, exportOf({ 'javascript:alert(1)': date })), /"chapters" has "javascript:alert\(1\)", which is not a chapter path/);
    assert.throws(() => importProgress(store, exportOf({ '/stage-1-foundation/<img src=x>/': date })), /not a chapter path/);
    assert.throws(() => importProgress(store, exportOf({}, { '../../etc': date })), /"labs" has "\.\.\/\.\.\/etc", which is not a lab name/);
    assert.throws(() => importProgress(store, exportOf({ [`/${'a'.repeat(300)}/`]: date })), /not a chapter path/);
    assert.deepEqual(Object.keys(store.read().chapters), ['/start-here/what-an-ai-engineer-is/']);
  });
});

test('an import the browser refuses to store says so, and changes nothing', async () => {
  const { local, use } = deviceWithProgress();
  local.full = true;
  await use((store) => {
    assert.throws(() => importProgress(store, exportOf({ '/stage-1-foundation/cost-curve/': date }, { 'cost-curve': date })), /refused to store the imported progress .*nothing was imported/);
    assert.deepEqual(Object.keys(store.read().chapters), ['/start-here/what-an-ai-engineer-is/']);
  });
});

test('a real export within the limits is imported and merged', async () => {
  const { use } = deviceWithProgress();
  await use((store) => {
    const merged = importProgress(store, exportOf({ '/stage-1-foundation/cost-curve/': date }, { 'cost-curve': date }));
    assert.deepEqual(Object.keys(merged.chapters).sort(), ['/stage-1-foundation/cost-curve/', '/start-here/what-an-ai-engineer-is/']);
    assert.deepEqual(store.read(), merged);
  });
});
