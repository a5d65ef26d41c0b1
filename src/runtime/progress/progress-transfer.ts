// Moving progress between browsers: an export file, and an import that merges it in.
import { parseProgress, type Progress, type ProgressStore } from './progress-store.ts';

export const exportProgress = (store: ProgressStore): string => `${JSON.stringify(store.read(), null, 2)}\n`;

/** Merges an export into the stored progress (nothing is lost from either); throws, changing nothing, on a bad file. */
export function importProgress(store: ProgressStore, text: string): Progress {
  const incoming = parseProgress(text);
  const current = store.read();
  const merged: Progress = { version: 1, chapters: { ...current.chapters, ...incoming.chapters }, labs: { ...current.labs, ...incoming.labs } };
  store.write(merged);
  return merged;
}
