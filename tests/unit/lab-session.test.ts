import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabSession } from '../../src/runtime/session/lab-session.ts';
import { localEditStore } from '../../src/runtime/session/edit-store.ts';
import { editableFiles } from '../../src/runtime/session/lab-data.ts';
import { DeviceStorage } from '../../src/runtime/session/device-storage.ts';
import { MemoryStorage } from './support/memory-storage.ts';
import { demoLab as lab } from './support/demo-lab.ts';

const session = (storage = new MemoryStorage()) => ({ storage, session: new LabSession(lab, localEditStore(new DeviceStorage(storage))) });

test('edits are saved as they are made and restored by a new session', () => {
  const { storage, session: first } = session();
  first.update('src/main.ts', 'edited');
  const second = new LabSession(lab, localEditStore(new DeviceStorage(storage)));
  assert.equal(second.read('src/main.ts'), 'edited');
  assert.equal(second.read('src/util.ts'), 'util');
  assert.equal(second.isEdited, true);
});

test('solve lays the solution over, and undo brings the learner’s files back', () => {
  const { session: s } = session();
  s.update('src/main.ts', 'mine');
  s.solve();
  assert.equal(s.read('src/main.ts'), 'solved');
  assert.equal(s.canUndoSolve, true);
  s.undoSolve();
  assert.equal(s.read('src/main.ts'), 'mine');
  assert.equal(s.canUndoSolve, false);
});

const reload = (storage: MemoryStorage) => new LabSession(lab, localEditStore(new DeviceStorage(storage)));

test('Undo solve survives a reload', () => {
  const { storage, session: s } = session();
  s.update('src/util.ts', 'my util');
  s.update('src/main.ts', 'mine');
  s.solve();
  const after = reload(storage);
  assert.equal(after.read('src/main.ts'), 'solved');
  assert.equal(after.canUndoSolve, true);
  assert.equal(after.editedSinceSolve, false);
  after.undoSolve();
  assert.equal(after.read('src/main.ts'), 'mine');
  assert.equal(after.read('src/util.ts'), 'my util');
  assert.equal(reload(storage).canUndoSolve, false);
  assert.equal(reload(storage).read('src/main.ts'), 'mine');
});

test('edits after Solve keep the copy from before Solve, and are noticed', () => {
  const { storage, session: s } = session();
  s.update('src/main.ts', 'mine');
  s.solve();
  s.update('src/main.ts', 'solved, then tweaked');
  assert.equal(s.canUndoSolve, true);
  assert.equal(s.editedSinceSolve, true);
  const after = reload(storage);
  assert.equal(after.read('src/main.ts'), 'solved, then tweaked');
  assert.equal(after.editedSinceSolve, true);
  after.undoSolve();
  assert.equal(after.read('src/main.ts'), 'mine');
});

test('Solve changes nothing when the copy of the learner’s files cannot be stored', () => {
  const { storage, session: s } = session();
  s.update('src/main.ts', 'mine');
  storage.full = true;
  assert.equal(s.solve(), false);
  assert.equal(s.read('src/main.ts'), 'mine');
  assert.equal(s.canUndoSolve, false);
  assert.equal(reload(storage).read('src/main.ts'), 'mine');
});

test('reset also drops the copy from before Solve', () => {
  const { storage, session: s } = session();
  s.update('src/main.ts', 'mine');
  s.solve();
  s.reset();
  assert.equal(s.canUndoSolve, false);
  assert.equal(reload(storage).canUndoSolve, false);
  assert.equal(storage.items.size, 0);
});

test('reset goes back to the starter and clears the saved edits', () => {
  const { storage, session: s } = session();
  s.update('src/main.ts', 'mine');
  s.reset();
  assert.equal(s.read('src/main.ts'), 'starter');
  assert.equal(storage.items.size, 0);
  assert.equal(new LabSession(lab, localEditStore(new DeviceStorage(storage))).read('src/main.ts'), 'starter');
});

test('a full storage is reported, not thrown', () => {
  const { storage, session: s } = session();
  storage.full = true;
  s.update('src/main.ts', 'mine');
  assert.equal(s.saved, false);
  assert.equal(s.read('src/main.ts'), 'mine');
});

test('saved edits of files the lab no longer has are ignored; corrupt storage is ignored', () => {
  const storage = new MemoryStorage();
  storage.setItem('ai-roadmap:lab:demo:files:v1', JSON.stringify({ files: { 'src/gone.ts': 'x', 'src/main.ts': 'kept' } }));
  const s = new LabSession(lab, localEditStore(new DeviceStorage(storage)));
  assert.equal(s.files['src/gone.ts'], undefined);
  assert.equal(s.read('src/main.ts'), 'kept');
  storage.setItem('ai-roadmap:lab:demo:files:v1', '{not json');
  assert.equal(new LabSession(lab, localEditStore(new DeviceStorage(storage))).read('src/main.ts'), 'starter');
});

test('tabs list the open files first, then the rest of src/ and test/', () => {
  assert.deepEqual(editableFiles(lab), ['src/main.ts', 'src/util.ts', 'test/a.test.ts']);
});

test('the solution counts as seen from Solve until Reset, across Undo and reloads', () => {
  const { storage, session: s } = session();
  assert.equal(s.solutionSeen, false);
  s.solve();
  s.undoSolve();
  assert.equal(s.solutionSeen, true, 'Undo brings the learner’s files back, but the solution has been seen');
  const reloaded = new LabSession(lab, localEditStore(new DeviceStorage(storage)));
  assert.equal(reloaded.solutionSeen, true);
  reloaded.reset();
  assert.equal(reloaded.solutionSeen, false);
  assert.equal(new LabSession(lab, localEditStore(new DeviceStorage(storage))).solutionSeen, false);
});

test('edited test files are named, so that a pass with them does not count', () => {
  const { session: s } = session();
  s.update('src/main.ts', 'edited');
  assert.deepEqual(s.editedTests, []);
  s.update('test/a.test.ts', 'test.skip()');
  assert.deepEqual(s.editedTests, ['test/a.test.ts']);
  s.update('test/a.test.ts', 'test');
  assert.deepEqual(s.editedTests, []);
});
