import { DeviceStorage } from '../session/device-storage.ts';
import { progressKey } from './progress-names.ts';

// The learner's progress, kept in this browser only: chapters they marked as
// done and labs whose tests all passed in the page, each with the date. A lab
// passed after Solve is kept apart until it is passed on the learner's own code.
export interface Progress {
  version: 1;
  chapters: Record<string, string>;
  labs: Record<string, string>;
  labsWithSolution: Record<string, string>;
}

export { progressKey, progressEvent } from './progress-names.ts';
export const emptyProgress = (): Progress => ({ version: 1, chapters: {}, labs: {}, labsWithSolution: {} });

/** How a lab stands: passed on the learner's own code, passed only with the solution shown, or not yet. */
export type LabStanding = 'passed' | 'solution' | 'todo';

export const labStanding = (progress: Progress, slug: string): LabStanding =>
  slug in progress.labs ? 'passed' : slug in progress.labsWithSolution ? 'solution' : 'todo';

const isDateMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((date) => typeof date === 'string' && !Number.isNaN(Date.parse(date)));

/** Parses exported progress; throws an error that says what is wrong with the file. */
export function parseProgress(text: string): Progress {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON. Choose a file exported from this book’s progress panel.');
  }
  const candidate = data as Partial<Progress>;
  if (candidate?.version !== 1) throw new Error('This file is not a progress export of this book (expected "version": 1).');
  if (!isDateMap(candidate.chapters)) throw new Error('The file’s "chapters" must map chapter paths to dates.');
  if (!isDateMap(candidate.labs)) throw new Error('The file’s "labs" must map lab names to dates.');
  // Exports made before passes with the solution were told apart have no such field.
  const withSolution = candidate.labsWithSolution ?? {};
  if (!isDateMap(withSolution)) throw new Error('The file’s "labsWithSolution" must map lab names to dates.');
  return { version: 1, chapters: candidate.chapters, labs: candidate.labs, labsWithSolution: withoutKeys(withSolution, candidate.labs) };
}

/** `entries` without the keys that `passed` has. */
export const withoutKeys = (entries: Record<string, string>, passed: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(entries).filter(([slug]) => !(slug in passed)));

export class ProgressStore {
  private readonly storage: DeviceStorage;
  private readonly notify: () => void;
  // What this page holds when the browser refused to store it: marks still show until the page is left.
  private pageCopy: Progress | undefined;

  constructor(storage: DeviceStorage = new DeviceStorage(), notify: () => void = () => {}) {
    this.storage = storage;
    this.notify = notify;
  }

  /** False where the browser keeps nothing for this site: progress lasts as long as the page. */
  get persistent(): boolean {
    return this.storage.available;
  }

  read(): Progress {
    if (this.pageCopy) return structuredClone(this.pageCopy);
    try {
      const text = this.storage.read(progressKey);
      return text ? parseProgress(text) : emptyProgress();
    } catch {
      return emptyProgress();
    }
  }

  /**
   * Stores the whole progress, replacing what was there. Returns false when the
   * browser refused it (storage full or blocked); this page then keeps it.
   */
  write(progress: Progress): boolean {
    const stored = this.store(progress);
    if (!stored) this.pageCopy = structuredClone(progress);
    this.notify();
    return stored;
  }

  /** Stores the whole progress only if the browser accepts it; false, changing nothing, when it refuses. */
  tryWrite(progress: Progress): boolean {
    const stored = this.store(progress);
    if (stored) this.notify();
    return stored;
  }

  setChapter(path: string, done: boolean, now = new Date()): boolean {
    const progress = this.read();
    if (done) progress.chapters[path] = now.toISOString();
    else delete progress.chapters[path];
    return this.write(progress);
  }

  /** A pass on the learner's own code: it outranks an earlier pass with the solution. */
  markLab(slug: string, now = new Date()): boolean {
    const progress = this.read();
    progress.labs[slug] ??= now.toISOString();
    delete progress.labsWithSolution[slug];
    return this.write(progress);
  }

  /** A pass after Solve; a lab already passed on the learner's own code stays passed. */
  markLabWithSolution(slug: string, now = new Date()): boolean {
    const progress = this.read();
    if (slug in progress.labs) return true;
    progress.labsWithSolution[slug] ??= now.toISOString();
    return this.write(progress);
  }

  clear(): void {
    this.pageCopy = undefined;
    this.storage.remove(progressKey);
    this.notify();
  }

  private store(progress: Progress): boolean {
    const stored = this.storage.write(progressKey, JSON.stringify(progress));
    if (stored) this.pageCopy = undefined;
    return stored;
  }
}
