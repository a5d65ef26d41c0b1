import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressStore, labStanding, parseProgress } from '../../src/runtime/progress/progress-store.ts';
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
  assert.deepEqual(store.read(), { version: 1, chapters: { '/stage-1-foundation/cost-curve/': when.toISOString() }, labs: { 'cost-curve': when.toISOString() }, labsWithSolution: {} });
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
  assert.deepEqual(store.read(), { version: 1, chapters: {}, labs: {}, labsWithSolution: {} });
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
  assert.deepEqual(new ProgressStore(storage).read(), { version: 1, chapters: {}, labs: {}, labsWithSolution: {} });
  // An export from before passes with the solution were kept apart reads as having none.
  assert.deepEqual(parseProgress('{"version":1,"chapters":{},"labs":{}}'), { version: 1, chapters: {}, labs: {}, labsWithSolution: {} });
});

test('a pass with the solution is kept apart, and a later pass on the learner’s own code replaces it', () => {
  const store = new ProgressStore(memory());
  store.markLabWithSolution('cost-curve', when);
  assert.equal(labStanding(store.read(), 'cost-curve'), 'solution');
  assert.deepEqual(store.read().labs, {});
  store.markLab('cost-curve', when);
  assert.equal(labStanding(store.read(), 'cost-curve'), 'passed');
  assert.deepEqual(store.read().labsWithSolution, {});
  // Passing again after Solve does not take an earned pass away.
  store.markLabWithSolution('cost-curve', when);
  assert.equal(labStanding(store.read(), 'cost-curve'), 'passed');
  assert.equal(labStanding(store.read(), 'eval-gate'), 'todo');
});

test('an import merges passes with the solution, and an earned pass on either side wins', () => {
  const store = new ProgressStore(memory());
  store.markLabWithSolution('cost-curve', when);
  store.markLab('eval-gate', when);
  const date = when.toISOString();
  importProgress(store, JSON.stringify({ version: 1, chapters: {}, labs: { 'cost-curve': date }, labsWithSolution: { 'eval-gate': date, 'streaming-client': date } }));
  assert.deepEqual(store.read().labs, { 'cost-curve': date, 'eval-gate': date });
  assert.deepEqual(store.read().labsWithSolution, { 'streaming-client': date });
  assert.throws(() => importProgress(store, '{"version":1,"chapters":{},"labs":{},"labsWithSolution":{"x":"soon"}}'), /"labsWithSolution" must map lab names to dates/);
  assert.throws(() => importProgress(store, '{"version":1,"chapters":{},"labs":{},"labsWithSolution":{"Not A Lab":"2026-11-25"}}'), /"labsWithSolution" has "Not A Lab"/);
});
