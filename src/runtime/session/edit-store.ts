import type { FileMap } from '../runner.ts';

// The learner's edits, per lab, in localStorage. Storage can be missing
// (private modes) or full; both degrade to "not saved" without breaking the page.
const key = (slug: string): string => `ai-roadmap:lab:${slug}:files:v1`;

export interface SavedEdits {
  files: FileMap;
  savedAt: string;
}

export interface EditStore {
  load(slug: string): SavedEdits | undefined;
  save(slug: string, files: FileMap): boolean;
  clear(slug: string): void;
}

export function localEditStore(storage: Storage | undefined = globalThis.localStorage): EditStore {
  return {
    load(slug) {
      try {
        const text = storage?.getItem(key(slug));
        return text ? (JSON.parse(text) as SavedEdits) : undefined;
      } catch {
        return undefined;
      }
    },
    save(slug, files) {
      try {
        storage?.setItem(key(slug), JSON.stringify({ files, savedAt: new Date().toISOString() } satisfies SavedEdits));
        return storage !== undefined;
      } catch {
        return false;
      }
    },
    clear(slug) {
      try {
        storage?.removeItem(key(slug));
      } catch {
        // Nothing to clear where storage is unavailable.
      }
    },
  };
}
