// Stored edits are outside the page's control: another version of the book, an
// extension or a hand edit can leave a number, null or an object where a file's
// text should be. The attack that found this stored { "src/main.ts": 42 }, and
// the editor failed with "t.doc.split is not a function".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabSession } from '../../src/runtime/session/lab-session.ts';
import { localEditStore } from '../../src/runtime/session/edit-store.ts';
import { withBrowserStorage } from './support/browser-storage.ts';
import { demoLab } from './support/demo-lab.ts';
import { MemoryStorage } from './support/memory-storage.ts';

const editsKey = 'ai-roadmap:lab:demo:files:v1';
const snapshotKey = 'ai-roadmap:lab:demo:before-solve:v1';

/** A lab session over a device whose storage holds `stored` (values are written as JSON). */
function sessionOver(stored: Record<string, unknown>) {
  const local = new MemoryStorage();
  for (const [key, value] of Object.entries(stored)) local.setItem(key, JSON.stringify(value));
  return { local, open: () => withBrowserStorage({ local }, () => new LabSession(demoLab, localEditStore())) };
}

const everyFileIsText = (session: LabSession) => Object.values(session.files).every((content) => typeof content === 'string');

test('saved files that are not text are dropped; the text ones are kept', async () => {
  const { open } = sessionOver({ [editsKey]: { files: { 'src/main.ts': 42, 'src/util.ts': 'my util', 'test/a.test.ts': null, 'package.json': { a: 1 } }, savedAt: 7 } });
  const session = await open();
  assert.ok(everyFileIsText(session));
  assert.equal(session.read('src/main.ts'), 'starter');
  assert.equal(session.read('src/util.ts'), 'my util');
  assert.equal(session.read('test/a.test.ts'), 'test');
  assert.equal(session.read('package.json'), '{}');
});

test('saved edits that are not a map of files are ignored', async () => {
  for (const stored of [42, null, 'text', [1, 2], { files: 'src/main.ts' }, { files: [['src/main.ts', 'x']] }]) {
    const session = await sessionOver({ [editsKey]: stored }).open();
    assert.ok(everyFileIsText(session), JSON.stringify(stored));
    assert.equal(session.isEdited, false, JSON.stringify(stored));
  }
});

test('the copy from before Solve is checked the same way, and Undo and Reset still work', async () => {
  const { local, open } = sessionOver({
    [editsKey]: { files: { 'src/main.ts': 'solved' } },
    [snapshotKey]: { files: { 'src/main.ts': { text: 'x' }, 'src/util.ts': 'util before solve' } },
  });
  const session = await open();
  assert.equal(session.canUndoSolve, true);
  session.undoSolve();
  assert.ok(everyFileIsText(session));
  assert.equal(session.read('src/main.ts'), 'starter');
  assert.equal(session.read('src/util.ts'), 'util before solve');
  session.reset();
  assert.equal(local.items.size, 0);
});
