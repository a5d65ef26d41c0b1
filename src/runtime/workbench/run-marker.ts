// A lab that fills its worker's memory can crash the whole tab (in browsers that
// keep the sandbox in the page's process), and then nothing is left to say why.
// A mark kept in sessionStorage for the length of each run survives the crash
// and the reload in the same tab; the workbench reads it when it mounts. A page
// that is left or reloaded the normal way clears the mark as it goes.
import { browserArea, DeviceStorage } from '../session/device-storage.ts';

const key = (slug: string): string => `ai-roadmap:lab:${slug}:run-in-progress:v1`;

export class RunMarker {
  private readonly key: string;
  private readonly storage: DeviceStorage;

  constructor(slug: string, storage: DeviceStorage = new DeviceStorage(browserArea('sessionStorage')), events: Pick<EventTarget, 'addEventListener'> = globalThis) {
    this.key = key(slug);
    this.storage = storage;
    events.addEventListener('pagehide', () => this.finish());
  }

  start(): void {
    this.storage.write(this.key, new Date().toISOString());
  }

  finish(): void {
    this.storage.remove(this.key);
  }

  /** Whether a run was still going when this tab's page last ended without unloading (it crashed); forgets it. */
  takeCrashed(): boolean {
    const found = this.storage.read(this.key) !== undefined;
    this.finish();
    return found;
  }
}

export const crashedRunNotice = 'The page crashed during the last run of this lab, most likely because the lab filled its memory. Your edits were kept.';
