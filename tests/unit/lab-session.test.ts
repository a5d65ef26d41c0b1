import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabSession } from '../../src/runtime/session/lab-session.ts';
import { localEditStore } from '../../src/runtime/session/edit-store.ts';
import { editableFiles, type LabData } from '../../src/runtime/session/lab-data.ts';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const lab: LabData = {
  slug: 'demo',
  dir: 'labs/demo',
  title: 'Demo',
  entry: 'src/main.ts',
  open: ['src/main.ts'],
  timeoutMs: 10_000,
  starter: { 'src/main.ts': 'starter', 'src/util.ts': 'util', 'test/a.test.ts': 'test', 'package.json': '{}' },
  solution: { 'src/main.ts': 'solved' },
};

const session = (storage = new MemoryStorage()) => ({ storage, session: new LabSession(lab, localEditStore(storage as unknown as Storage)) });

test('edits are saved as they are made and restored by a new session', () => {
  const { storage, session: first } = session();
  first.update('src/main.ts', 'edited');
  const second = new LabSession(lab, localEditStore(storage as unknown as Storage));
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

test('reset goes back to the starter and clears the saved edits', () => {
  const { storage, session: s } = session();
  s.update('src/main.ts', 'mine');
  s.reset();
  assert.equal(s.read('src/main.ts'), 'starter');
  assert.equal(storage.items.size, 0);
  assert.equal(new LabSession(lab, localEditStore(storage as unknown as Storage)).read('src/main.ts'), 'starter');
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
  const s = new LabSession(lab, localEditStore(storage as unknown as Storage));
  assert.equal(s.files['src/gone.ts'], undefined);
  assert.equal(s.read('src/main.ts'), 'kept');
  storage.setItem('ai-roadmap:lab:demo:files:v1', '{not json');
  assert.equal(new LabSession(lab, localEditStore(storage as unknown as Storage)).read('src/main.ts'), 'starter');
});

test('tabs list the open files first, then the rest of src/ and test/', () => {
  assert.deepEqual(editableFiles(lab), ['src/main.ts', 'src/util.ts', 'test/a.test.ts']);
});
