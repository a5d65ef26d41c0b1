// This site's storage on the learner's device, the one way every store reaches it.
// A browser that blocks cookies and site data throws on every touch: even reading
// `localStorage` (the getter on window) throws a SecurityError, so a default
// parameter `= globalThis.localStorage` breaks the page. A full quota throws on
// writes. Here each of those becomes "not saved on this device", never an error.

export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type AreaName = 'localStorage' | 'sessionStorage';

/** What the page tells the learner, once in each place, where the browser keeps nothing for this site. */
export const notSavedNotice = (subject: string): string => `${subject} not saved on this device: this browser blocks storage for this site.`;

/** The browser's storage area, or undefined where it is missing or refused. */
export function browserArea(name: AreaName = 'localStorage'): StorageArea | undefined {
  try {
    return globalThis[name] ?? undefined;
  } catch {
    return undefined;
  }
}

export class DeviceStorage {
  private readonly area: StorageArea | undefined;
  private usable: boolean | undefined;

  /** `area` defaults to this site's localStorage; pass one for tests or for sessionStorage. */
  constructor(area: StorageArea | undefined = browserArea()) {
    this.area = area;
  }

  /** False where the browser keeps nothing for this site (storage missing or blocked). */
  get available(): boolean {
    if (this.usable === undefined) this.usable = this.area !== undefined && this.attempt(() => (this.area?.getItem('ai-roadmap:probe'), true), false);
    return this.usable;
  }

  /** The stored text, or undefined when there is none or it cannot be read. */
  read(key: string): string | undefined {
    return this.attempt(() => this.area?.getItem(key) ?? undefined, undefined);
  }

  /** True when the browser kept the value; false when it refused (full, blocked or missing). */
  write(key: string, value: string): boolean {
    return this.area !== undefined && this.attempt(() => (this.area?.setItem(key, value), true), false);
  }

  remove(key: string): void {
    this.attempt(() => this.area?.removeItem(key), undefined);
  }

  private attempt<T>(action: () => T, fallback: T): T {
    try {
      return action();
    } catch {
      return fallback;
    }
  }
}

/** Reads stored JSON; undefined when there is none or it is not JSON. */
export function readJson(storage: DeviceStorage, key: string): unknown {
  const text = storage.read(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
