// A browser that blocks cookies and site data throws on reading `localStorage`
// itself. Each store is built as the page builds it (with its defaults), under
// such a browser and under one whose storage methods throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LabSession } from '../../src/runtime/session/lab-session.ts';
import { localEditStore } from '../../src/runtime/session/edit-store.ts';
import { forgetLegacySecret, secretStore } from '../../src/runtime/session/secret-store.ts';
import { defaultSettings, loadModelSettings, saveModelSettings } from '../../src/runtime/workbench/model-settings.ts';
import { ProgressStore } from '../../src/runtime/progress/progress-store.ts';
import { throwingArea, withBrowserStorage } from './support/browser-storage.ts';
import { demoLab } from './support/demo-lab.ts';

const browsers = { 'reading localStorage throws': 'blocked', 'every storage method throws': throwingArea } as const;

for (const [name, local] of Object.entries(browsers)) {
  test(`${name}: a lab session keeps edits for the page, says they are not kept, and Solve and Undo work`, () =>
    withBrowserStorage({ local }, () => {
      const session = new LabSession(demoLab, localEditStore());
      assert.equal(session.persistent, false);
      session.update('src/main.ts', 'mine');
      assert.equal(session.read('src/main.ts'), 'mine');
      assert.equal(session.solve(), true, 'Solve refused although nothing could be kept anyway');
      assert.equal(session.read('src/main.ts'), 'solved');
      session.undoSolve();
      assert.equal(session.read('src/main.ts'), 'mine');
      session.reset();
      assert.equal(session.read('src/main.ts'), 'starter');
    }));

  test(`${name}: a secret is held for the page, and "remember" is neither offered nor pretended`, () =>
    withBrowserStorage({ local }, () => {
      const store = secretStore('ai-roadmap:test-token');
      assert.equal(store.rememberable, false);
      assert.equal(store.write('ghp_secret', true), false);
      assert.equal(store.read(), 'ghp_secret');
      assert.equal(store.remembered, false);
      forgetLegacySecret('ai-roadmap:old-token');
    }));

  test(`${name}: model settings load as the defaults, and a key saved for the page is read back`, () =>
    withBrowserStorage({ local }, () => {
      assert.deepEqual(loadModelSettings(), defaultSettings);
      assert.equal(saveModelSettings({ ...defaultSettings, provider: 'anthropic', apiKey: 'sk-ant-page' }), true);
      assert.equal(loadModelSettings().provider, 'stand-in', 'the choice of provider cannot be stored');
    }));

  test(`${name}: a chapter marked done stays marked on this page, and the store says it is not saved`, () =>
    withBrowserStorage({ local }, () => {
      const store = new ProgressStore();
      assert.equal(store.setChapter('/stage-1-foundation/cost-curve/', true), false);
      assert.equal(store.persistent, false);
      assert.deepEqual(Object.keys(store.read().chapters), ['/stage-1-foundation/cost-curve/']);
      store.markLab('cost-curve');
      assert.deepEqual(Object.keys(store.read().labs), ['cost-curve']);
      store.setChapter('/stage-1-foundation/cost-curve/', false);
      assert.deepEqual(store.read().chapters, {});
      store.clear();
      assert.deepEqual(store.read().labs, {});
    }));
}
