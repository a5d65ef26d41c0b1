// The learner's progress, kept in this browser only: chapters they marked as
// done and labs whose tests all passed in the page, each with the date.
export interface Progress {
  version: 1;
  chapters: Record<string, string>;
  labs: Record<string, string>;
}

export const progressKey = 'ai-roadmap:progress:v1';
export const progressEvent = 'ai-roadmap:progress';
export const emptyProgress = (): Progress => ({ version: 1, chapters: {}, labs: {} });

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
  return { version: 1, chapters: candidate.chapters, labs: candidate.labs };
}

export class ProgressStore {
  private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  private readonly notify: () => void;

  constructor(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined, notify: () => void = () => {}) {
    this.storage = storage;
    this.notify = notify;
  }

  read(): Progress {
    try {
      const text = this.storage?.getItem(progressKey);
      return text ? parseProgress(text) : emptyProgress();
    } catch {
      return emptyProgress();
    }
  }

  /** Stores the whole progress, replacing what was there. */
  write(progress: Progress): void {
    try {
      this.storage?.setItem(progressKey, JSON.stringify(progress));
    } catch {
      // Storage full or disabled: progress is kept for this page only.
    }
    this.notify();
  }

  setChapter(path: string, done: boolean, now = new Date()): void {
    const progress = this.read();
    if (done) progress.chapters[path] = now.toISOString();
    else delete progress.chapters[path];
    this.write(progress);
  }

  markLab(slug: string, now = new Date()): void {
    const progress = this.read();
    progress.labs[slug] ??= now.toISOString();
    this.write(progress);
  }

  clear(): void {
    try {
      this.storage?.removeItem(progressKey);
    } catch {
      // Nothing stored where storage is unavailable.
    }
    this.notify();
  }
}
