import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgetLegacySecret, secretStore } from '../../src/runtime/session/secret-store.ts';
import { DeviceStorage } from '../../src/runtime/session/device-storage.ts';
import { MemoryStorage } from './support/memory-storage.ts';

const fresh = () => {
  const device = new MemoryStorage();
  const memory = new Map<string, string>();
  return { device, memory, store: () => secretStore('token', new DeviceStorage(device), memory) };
};

test('a secret is held in the page’s memory only, and is gone after a reload', () => {
  const { device, memory, store } = fresh();
  assert.equal(store().write('ghp_secret', false), true);
  assert.equal(store().read(), 'ghp_secret');
  assert.equal(store().remembered, false);
  assert.equal(device.items.size, 0);
  memory.clear(); // what a reload does to the page's variables
  assert.equal(store().read(), '');
});

test('“remember on this device” keeps it in localStorage; unticking removes it from there', () => {
  const { device, memory, store } = fresh();
  store().write('ghp_secret', true);
  assert.equal(device.getItem('token'), 'ghp_secret');
  memory.clear();
  assert.equal(store().read(), 'ghp_secret');
  assert.equal(store().remembered, true);
  store().write('ghp_secret', false);
  assert.equal(device.getItem('token'), null);
  assert.equal(store().read(), 'ghp_secret', 'unticking should not forget the secret for this page');
  assert.equal(store().remembered, false);
});

test('an emptied secret is forgotten everywhere', () => {
  const { device, store } = fresh();
  store().write('ghp_secret', true);
  store().write('', true);
  assert.equal(store().read(), '');
  assert.equal(device.items.size, 0);
});

test('a device that refuses to store is reported, and the page keeps the secret', () => {
  const { device, store } = fresh();
  device.full = true;
  assert.equal(store().write('ghp_secret', true), false);
  assert.equal(store().read(), 'ghp_secret');
  assert.equal(store().write('ghp_secret', false), true);
});

test('secrets older versions left in sessionStorage or localStorage are removed', () => {
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  session.setItem('old', 'a');
  local.setItem('old', 'b');
  forgetLegacySecret('old', [new DeviceStorage(local), new DeviceStorage(session), new DeviceStorage(undefined)]);
  assert.equal(session.items.size + local.items.size, 0);
});
