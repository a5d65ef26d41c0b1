import type { FileMap } from '../runner.ts';
import { DeviceStorage, readJson } from './device-storage.ts';

// The learner's edits, per lab, on this device. Storage can be blocked, missing
// or full; each degrades to "not saved" without breaking the page.
const key = (slug: string): string => `ai-roadmap:lab:${slug}:files:v1`;
// The learner's files as they were just before Solve, so that Undo survives a reload.
const snapshotKey = (slug: string): string => `ai-roadmap:lab:${slug}:before-solve:v1`;
// Set by Solve and kept until Reset: a pass after it is a pass with the solution.
const solutionSeenKey = (slug: string): string => `ai-roadmap:lab:${slug}:solution-seen:v1`;

export interface SavedEdits {
  files: FileMap;
  savedAt: string;
}

export interface EditStore {
  /** False where nothing can be kept on this device: edits last as long as the page. */
  readonly persistent: boolean;
  load(slug: string): SavedEdits | undefined;
  save(slug: string, files: FileMap): boolean;
  clear(slug: string): void;
  /** The files from before Solve, kept until Undo or Reset. */
  loadSnapshot(slug: string): FileMap | undefined;
  saveSnapshot(slug: string, files: FileMap): boolean;
  clearSnapshot(slug: string): void;
  /** Whether the learner has shown the solution since the last Reset. */
  loadSolutionSeen(slug: string): boolean;
  saveSolutionSeen(slug: string, seen: boolean): void;
}

/**
 * What was stored, as saved edits: only files whose content is text are kept.
 * Storage is outside the page's control (another version of the book, an
 * extension, a hand edit), and a number where a file's text should be would
 * break the editor.
 */
export function savedEdits(stored: unknown): SavedEdits | undefined {
  if (!isRecord(stored) || !isRecord(stored.files)) return undefined;
  const files = Object.fromEntries(Object.entries(stored.files).filter(([, content]) => typeof content === 'string')) as FileMap;
  return { files, savedAt: typeof stored.savedAt === 'string' ? stored.savedAt : '' };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function localEditStore(storage: DeviceStorage = new DeviceStorage()): EditStore {
  const read = (name: string): SavedEdits | undefined => savedEdits(readJson(storage, name));
  const write = (name: string, files: FileMap): boolean => storage.write(name, JSON.stringify({ files, savedAt: new Date().toISOString() } satisfies SavedEdits));
  return {
    get persistent() {
      return storage.available;
    },
    load: (slug) => read(key(slug)),
    save: (slug, files) => write(key(slug), files),
    clear: (slug) => storage.remove(key(slug)),
    loadSnapshot: (slug) => read(snapshotKey(slug))?.files,
    saveSnapshot: (slug, files) => write(snapshotKey(slug), files),
    clearSnapshot: (slug) => storage.remove(snapshotKey(slug)),
    loadSolutionSeen: (slug) => storage.read(solutionSeenKey(slug)) !== undefined,
    saveSolutionSeen: (slug, seen) => (seen ? storage.write(solutionSeenKey(slug), new Date().toISOString()) : storage.remove(solutionSeenKey(slug))),
  };
}
