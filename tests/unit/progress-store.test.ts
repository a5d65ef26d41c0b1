import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressStore, parseProgress } from '../../src/runtime/progress/progress-store.ts';
import { exportProgress, importProgress } from '../../src/runtime/progress/progress-transfer.ts';
import { DeviceStorage } from '../../src/runtime/session/device-storage.ts';
import { MemoryStorage } from './support/memory-storage.ts';

const memory = () => new DeviceStorage(new MemoryStorage());
const when = new Date('2026-11-25T10:00:00Z');

test('chapters are marked and unmarked; labs are marked once, with their date', () => {
  let changes = 0;
  const store = new ProgressStore(memory(), () => changes++);
  store.setChapter('/stage-1-foundation/cost-curve/', true, when);
  store.markLab('cost-curve', when);
  store.markLab('cost-curve', new Date('2027-01-01'));
  assert.deepEqual(store.read(), { version: 1, chapters: { '/stage-1-foundation/cost-curve/': when.toISOString() }, labs: { 'cost-curve': when.toISOString() } });
  store.setChapter('/stage-1-foundation/cost-curve/', false);
  assert.deepEqual(store.read().chapters, {});
  assert.equal(changes, 4);
});

test('export, clear, then import restores the progress', () => {
  const store = new ProgressStore(memory());
  store.setChapter('/a/', true, when);
  store.markLab('lab', when);
  const exported = exportProgress(store);
  store.clear();
  assert.deepEqual(store.read(), { version: 1, chapters: {}, labs: {} });
  importProgress(store, exported);
  assert.deepEqual(JSON.parse(exportProgress(store)), JSON.parse(exported));
});

test('a bad import says what is wrong and changes nothing', () => {
  const store = new ProgressStore(memory());
  store.setChapter('/a/', true, when);
  assert.throws(() => importProgress(store, 'not json'), /not JSON/);
  assert.throws(() => importProgress(store, '{"version":2}'), /expected "version": 1/);
  assert.throws(() => importProgress(store, '{"version":1,"chapters":{"/a/":"yesterday"},"labs":{}}'), /"chapters" must map chapter paths to dates/);
  assert.deepEqual(Object.keys(store.read().chapters), ['/a/']);
});

test('corrupt storage reads as no progress', () => {
  const storage = memory();
  storage.write('ai-roadmap:progress:v1', '{oops');
  assert.deepEqual(new ProgressStore(storage).read(), { version: 1, chapters: {}, labs: {} });
  assert.deepEqual(parseProgress('{"version":1,"chapters":{},"labs":{}}'), { version: 1, chapters: {}, labs: {} });
});
