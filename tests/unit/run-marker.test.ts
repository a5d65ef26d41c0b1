import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunMarker } from '../../src/runtime/workbench/run-marker.ts';
import { DeviceStorage } from '../../src/runtime/session/device-storage.ts';
import { MemoryStorage } from './support/memory-storage.ts';

const tab = () => {
  const area = new MemoryStorage();
  let pagehide: () => void = () => {};
  const events = { addEventListener: (_type: string, listener: () => void) => (pagehide = listener) };
  return { open: () => new RunMarker('cost-curve', new DeviceStorage(area), events as never), leave: () => pagehide() };
};

test('a run still going when the page died is reported once, by the next page in the tab', () => {
  const browser = tab();
  browser.open().start();
  // The tab crashed: no pagehide. The reloaded page finds the mark.
  const reloaded = browser.open();
  assert.equal(reloaded.takeCrashed(), true);
  assert.equal(browser.open().takeCrashed(), false);
});

test('a run that ended, or a page left the normal way mid-run, is not a crash', () => {
  const browser = tab();
  const marker = browser.open();
  marker.start();
  marker.finish();
  assert.equal(browser.open().takeCrashed(), false);
  browser.open().start();
  browser.leave();
  assert.equal(browser.open().takeCrashed(), false);
});
