// A secret the learner typed: a model API key, a GitHub token. It is held in
// a variable of this page only, so it is gone on reload or when the learner
// leaves, unless they tick "remember on this device"; then it is kept in this
// site's localStorage, and unticking removes it from there. Lab code cannot
// read either place: it runs in an opaque-origin sandbox.
import { browserArea, DeviceStorage } from './device-storage.ts';

const pageMemory = new Map<string, string>();

export interface SecretStore {
  /** The secret ('' when there is none): from this page's memory, else from this device. */
  read(): string;
  /** True when the secret is kept on this device (localStorage). */
  readonly remembered: boolean;
  /** False where the browser keeps nothing for this site: "remember" cannot be offered. */
  readonly rememberable: boolean;
  /**
   * Keeps the secret in this page's memory and, when `remember` is true, on this
   * device; otherwise removes it from the device. Returns false when the device
   * refused to keep it (storage full or disabled); the page still has it.
   */
  write(value: string, remember: boolean): boolean;
}

export function secretStore(key: string, device: DeviceStorage = new DeviceStorage(), memory: Map<string, string> = pageMemory): SecretStore {
  const onDevice = (): string => device.read(key) ?? '';
  return {
    read: () => memory.get(key) ?? onDevice(),
    get remembered() {
      return onDevice() !== '';
    },
    get rememberable() {
      return device.available;
    },
    write(value, remember) {
      if (value) memory.set(key, value);
      else memory.delete(key);
      if (remember && value) return device.write(key, value);
      device.remove(key);
      return true;
    },
  };
}

/** Removes a secret that older versions of the book kept under `key`, wherever they kept it. */
export function forgetLegacySecret(key: string, storages: DeviceStorage[] = [new DeviceStorage(), new DeviceStorage(browserArea('sessionStorage'))]): void {
  for (const storage of storages) storage.remove(key);
}
