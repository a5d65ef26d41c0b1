import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cannotBoot, type BrowserFacts } from '../../src/runtime/runners/webcontainer/availability.ts';
import { packagesFromNpmOutput, stripsTypes } from '../../src/runtime/runners/webcontainer/install-progress.ts';

const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const safari = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const ready: BrowserFacts = { crossOriginIsolated: true, online: true, userAgent: chrome, hasSharedArrayBuffer: true };

test('an isolated, online Chromium may boot', () => {
  assert.equal(cannotBoot(ready), undefined);
});

test('each missing condition gives its reason', () => {
  assert.equal(cannotBoot({ ...ready, online: false }), 'offline');
  assert.equal(cannotBoot({ ...ready, crossOriginIsolated: false }), 'not-isolated');
  assert.equal(cannotBoot({ ...ready, hasSharedArrayBuffer: false }), 'not-isolated');
  assert.equal(cannotBoot({ ...ready, userAgent: safari }), 'unsupported-browser');
});

test('npm’s package counts and Node’s type-stripping versions are read right', () => {
  assert.equal(packagesFromNpmOutput('\u001b[1madded 42 packages\u001b[22m in 3s'), 42);
  assert.equal(packagesFromNpmOutput('up to date, audited 7 packages in 1s'), 7);
  assert.equal(packagesFromNpmOutput('idealTree: timing'), undefined);
  assert.deepEqual(['v20.19.0', 'v22.17.1', 'v22.18.0', 'v23.6.0', 'v24.1.0'].map(stripsTypes), [false, false, true, true, true]);
});
