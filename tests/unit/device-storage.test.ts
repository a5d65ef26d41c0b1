import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserArea, DeviceStorage, readJson } from '../../src/runtime/session/device-storage.ts';
import { storageGuard } from '../../src/book/storage-guard.ts';
import { throwingArea, withBrowserStorage } from './support/browser-storage.ts';
import { MemoryStorage } from './support/memory-storage.ts';

test('reading the browser’s storage where it throws gives no storage, not an error', () =>
  withBrowserStorage({ local: 'blocked' }, () => {
    assert.equal(browserArea('localStorage'), undefined);
    assert.equal(browserArea('sessionStorage'), undefined);
    const storage = new DeviceStorage();
    assert.equal(storage.available, false);
    assert.equal(storage.read('k'), undefined);
    assert.equal(storage.write('k', 'v'), false);
    storage.remove('k');
  }));

test('a storage whose every method throws, or none at all, is not available and refuses writes', () => {
  for (const area of [throwingArea, undefined]) {
    const storage = new DeviceStorage(area);
    assert.equal(storage.available, false);
    assert.equal(storage.read('k'), undefined);
    assert.equal(storage.write('k', 'v'), false);
    assert.doesNotThrow(() => storage.remove('k'));
  }
});

test('a working storage keeps values; a full one is available but refuses the write', () => {
  const area = new MemoryStorage();
  const storage = new DeviceStorage(area);
  assert.equal(storage.available, true);
  assert.equal(storage.write('k', '{"a":1}'), true);
  assert.deepEqual(readJson(storage, 'k'), { a: 1 });
  area.setItem('bad', '{not json');
  assert.equal(readJson(storage, 'bad'), undefined);
  area.full = true;
  assert.equal(storage.write('k', 'v'), false);
  assert.equal(storage.read('k'), '{"a":1}');
  storage.remove('k');
  assert.equal(storage.read('k'), undefined);
});

test('the page guard makes a storage that throws on reading read as undefined, and leaves a working one alone', () => {
  const working = new MemoryStorage();
  const window: Record<string, unknown> = {};
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => working });
  Object.defineProperty(window, 'sessionStorage', {
    configurable: true,
    get: () => {
      throw new DOMException("Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    },
  });
  new Function('window', storageGuard)(window);
  assert.equal(window.localStorage, working);
  assert.equal(window.sessionStorage, undefined);
});
