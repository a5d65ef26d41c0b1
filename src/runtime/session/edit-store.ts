import type { FileMap } from '../runner.ts';

// The learner's edits, per lab, in localStorage. Storage can be missing
// (private modes) or full; both degrade to "not saved" without breaking the page.
const key = (slug: string): string => `ai-roadmap:lab:${slug}:files:v1`;
// The learner's files as they were just before Solve, so that Undo survives a reload.
const snapshotKey = (slug: string): string => `ai-roadmap:lab:${slug}:before-solve:v1`;

export interface SavedEdits {
  files: FileMap;
  savedAt: string;
}

export interface EditStore {
  load(slug: string): SavedEdits | undefined;
  save(slug: string, files: FileMap): boolean;
  clear(slug: string): void;
  /** The files from before Solve, kept until Undo or Reset. */
  loadSnapshot(slug: string): FileMap | undefined;
  saveSnapshot(slug: string, files: FileMap): boolean;
  clearSnapshot(slug: string): void;
}

export function localEditStore(storage: Storage | undefined = globalThis.localStorage): EditStore {
  const read = (name: string): SavedEdits | undefined => {
    try {
      const text = storage?.getItem(name);
      return text ? (JSON.parse(text) as SavedEdits) : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (name: string, files: FileMap): boolean => {
    try {
      storage?.setItem(name, JSON.stringify({ files, savedAt: new Date().toISOString() } satisfies SavedEdits));
      return storage !== undefined;
    } catch {
      return false;
    }
  };
  const remove = (name: string): void => {
    try {
      storage?.removeItem(name);
    } catch {
      // Nothing to clear where storage is unavailable.
    }
  };
  return {
    load: (slug) => read(key(slug)),
    save: (slug, files) => write(key(slug), files),
    clear: (slug) => remove(key(slug)),
    loadSnapshot: (slug) => read(snapshotKey(slug))?.files,
    saveSnapshot: (slug, files) => write(snapshotKey(slug), files),
    clearSnapshot: (slug) => remove(snapshotKey(slug)),
  };
}
