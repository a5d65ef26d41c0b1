// Moving progress between browsers: an export file, and an import that merges it in.
import { parseProgress, withoutKeys, type Progress, type ProgressStore } from './progress-store.ts';

// A whole book's progress is a few hundred entries of about 80 bytes; these leave
// ample room for the book to grow, and refuse a file no export could produce.
export const importLimits = { bytes: 256 * 1024, entries: 1000, keyLength: 200 } as const;

// Chapter pages are folder paths of lower-case slugs (/stage-1-foundation/cost-curve/);
// lab names are the slugs that lab manifests allow (cost-curve).
const chapterPath = /^(?:\/[a-z0-9][a-z0-9._-]*)+\/$/;
const labSlug = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const exportProgress = (store: ProgressStore): string => `${JSON.stringify(store.read(), null, 2)}\n`;

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Throws when a file of `bytes` is too large to be a progress export; call it before reading the file. */
export function checkImportSize(bytes: number): void {
  if (bytes > importLimits.bytes) throw new Error(`This file is ${size(bytes)}; a progress export is at most ${size(importLimits.bytes)}. Choose a file exported from this book’s progress panel.`);
}

function checkEntries(entries: Record<string, string>, field: 'chapters' | 'labs' | 'labsWithSolution'): void {
  const names = Object.keys(entries);
  if (names.length > importLimits.entries) throw new Error(`The file’s "${field}" lists ${names.length} entries; a progress export holds at most ${importLimits.entries}.`);
  const [pattern, example] = field === 'chapters' ? [chapterPath, 'a chapter path such as /stage-1-foundation/cost-curve/'] : [labSlug, 'a lab name such as cost-curve'];
  const bad = names.find((name) => name.length > importLimits.keyLength || !pattern.test(name));
  if (bad !== undefined) {
    const shown = bad.length > 60 ? `${bad.slice(0, 60)}…` : bad;
    throw new Error(`The file’s "${field}" has ${JSON.stringify(shown)}, which is not ${example}.`);
  }
}

/** Parses an export file, within the limits an export keeps; throws an error that says what is wrong. */
export function parseImport(text: string): Progress {
  checkImportSize(new TextEncoder().encode(text).length);
  const incoming = parseProgress(text);
  checkEntries(incoming.chapters, 'chapters');
  checkEntries(incoming.labs, 'labs');
  checkEntries(incoming.labsWithSolution, 'labsWithSolution');
  return incoming;
}

/**
 * Merges an export into the stored progress (nothing is lost from either).
 * Throws, changing nothing, on a bad file or when the browser refuses to store the result.
 */
export function importProgress(store: ProgressStore, text: string): Progress {
  const incoming = parseImport(text);
  const current = store.read();
  const labs = { ...current.labs, ...incoming.labs };
  const labsWithSolution = withoutKeys({ ...current.labsWithSolution, ...incoming.labsWithSolution }, labs);
  const merged: Progress = { version: 1, chapters: { ...current.chapters, ...incoming.chapters }, labs, labsWithSolution };
  if (!store.tryWrite(merged)) {
    throw new Error(
      store.persistent
        ? 'This browser refused to store the imported progress (its storage for this site is full), so nothing was imported.'
        : 'Nothing was imported: this browser blocks storage for this site, so progress cannot be saved on this device.',
    );
  }
  return merged;
}
