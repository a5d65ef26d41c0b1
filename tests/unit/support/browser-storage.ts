import type { StorageArea } from '../../../src/runtime/session/device-storage.ts';

type Area = StorageArea | 'blocked';

/** What Chromium throws on reading `localStorage` when the learner blocks cookies and site data. */
export const blockedError = (name: string): DOMException =>
  new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');

/** A storage area whose every method throws, as some browsers' do when site data is blocked. */
export const throwingArea: StorageArea = {
  getItem: () => {
    throw blockedError('getItem');
  },
  setItem: () => {
    throw blockedError('setItem');
  },
  removeItem: () => {
    throw blockedError('removeItem');
  },
};

/**
 * Puts `local` and `session` where the browser's localStorage and sessionStorage
 * are, on globalThis, while `run` runs; 'blocked' makes reading them throw, as
 * reading `window.localStorage` does in a browser that blocks site data.
 */
export async function withBrowserStorage<T>(areas: { local: Area; session?: Area }, run: () => T | Promise<T>): Promise<T> {
  const names = { localStorage: areas.local, sessionStorage: areas.session ?? areas.local };
  const saved = Object.fromEntries(Object.keys(names).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  for (const [name, area] of Object.entries(names)) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        if (area === 'blocked') throw blockedError(name);
        return area;
      },
    });
  }
  try {
    return await run();
  } finally {
    for (const [name, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}
