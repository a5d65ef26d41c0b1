import type { FileMap } from '../runner.ts';
import type { LabData } from './lab-data.ts';
import type { EditStore } from './edit-store.ts';

type Listener = (change: { path?: string; reason: 'edit' | 'solve' | 'undo' | 'reset' }) => void;

/**
 * The learner's working copy of one lab. Every change is saved at once, so a
 * reload, a navigation or a killed run never loses an edit. Solve saves the
 * files it replaces, so Undo works after a reload too, and edits made after
 * Solve keep that copy: only Undo (confirmed) or Reset lets it go.
 */
export class LabSession {
  readonly lab: LabData;
  private readonly store: EditStore;
  private current: FileMap;
  private beforeSolve: FileMap | undefined;
  private seenSolution: boolean;
  private readonly listeners = new Set<Listener>();
  /** False when the browser refused to store the last change. */
  saved = true;

  constructor(lab: LabData, store: EditStore) {
    this.lab = lab;
    this.store = store;
    // Files the book added since the edits were saved come from the starter.
    this.current = overStarter(lab, store.load(lab.slug)?.files ?? {});
    const snapshot = store.loadSnapshot(lab.slug);
    this.beforeSolve = snapshot ? overStarter(lab, snapshot) : undefined;
    this.seenSolution = store.loadSolutionSeen(lab.slug);
  }

  get files(): FileMap {
    return { ...this.current };
  }

  read(path: string): string {
    return this.current[path] ?? '';
  }

  /** False where the browser keeps nothing for this site: the files last as long as the page. */
  get persistent(): boolean {
    return this.store.persistent;
  }

  get isEdited(): boolean {
    return Object.keys(this.current).some((path) => this.current[path] !== this.lab.starter[path]);
  }

  /** True from Solve until Reset, Undo or not: a pass then is a pass with the solution. */
  get solutionSeen(): boolean {
    return this.seenSolution;
  }

  /** The lab's test files that differ from the lab's own: a pass with them edited proves nothing. */
  get editedTests(): string[] {
    return Object.keys(this.lab.starter).filter((path) => isTestFile(path) && this.current[path] !== this.lab.starter[path]);
  }

  get canUndoSolve(): boolean {
    return this.beforeSolve !== undefined;
  }

  /** True when the learner changed the files after Solve: Undo would replace those changes. */
  get editedSinceSolve(): boolean {
    if (!this.beforeSolve) return false;
    const solved = { ...this.beforeSolve, ...this.lab.solution };
    return Object.keys(this.current).some((path) => this.current[path] !== solved[path]);
  }

  update(path: string, content: string): void {
    if (this.current[path] === content) return;
    this.current[path] = content;
    this.persist();
    this.emit({ path, reason: 'edit' });
  }

  /**
   * Lays the solution over the learner's files, after saving a copy of them
   * for undoSolve(). Returns false, changing nothing, when that copy cannot be
   * saved: solving then would lose the learner's files on the next reload.
   * Where nothing is stored at all, a reload loses them anyway, and the copy
   * in memory is all Undo needs.
   */
  solve(): boolean {
    // A second Solve keeps the first copy: that one holds the learner's own work.
    if (!this.beforeSolve) {
      if (!this.store.saveSnapshot(this.lab.slug, edits(this.lab, this.current)) && this.persistent) return false;
      this.beforeSolve = { ...this.current };
    }
    this.current = { ...this.current, ...this.lab.solution };
    this.seenSolution = true;
    this.store.saveSolutionSeen(this.lab.slug, true);
    this.persist();
    this.emit({ reason: 'solve' });
    return true;
  }

  undoSolve(): void {
    if (!this.beforeSolve) return;
    this.current = this.beforeSolve;
    this.beforeSolve = undefined;
    this.persist();
    // The copy is dropped only once the restored files are stored.
    if (this.saved) this.store.clearSnapshot(this.lab.slug);
    this.emit({ reason: 'undo' });
  }

  /** Back to the starter; the saved edits and the copy from before Solve are cleared. */
  reset(): void {
    this.current = { ...this.lab.starter };
    this.beforeSolve = undefined;
    this.seenSolution = false;
    this.store.clear(this.lab.slug);
    this.store.clearSnapshot(this.lab.slug);
    this.store.saveSolutionSeen(this.lab.slug, false);
    this.saved = true;
    this.emit({ reason: 'reset' });
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private persist(): void {
    const edited = edits(this.lab, this.current);
    this.saved = Object.keys(edited).length === 0 ? (this.store.clear(this.lab.slug), true) : this.store.save(this.lab.slug, edited);
  }

  private emit(change: Parameters<Listener>[0]): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** Test files as labs lay them out: under test/, or named *.test.ts. */
const isTestFile = (path: string): boolean => path.startsWith('test/') || /\.test\.[cm]?[jt]s$/.test(path);

/** The files that differ from the starter: what is worth storing. */
function edits(lab: LabData, files: FileMap): FileMap {
  return Object.fromEntries(Object.entries(files).filter(([path, content]) => content !== lab.starter[path]));
}

/** Stored edits laid over the starter, ignoring files the lab no longer has. */
function overStarter(lab: LabData, stored: FileMap): FileMap {
  return { ...lab.starter, ...Object.fromEntries(Object.entries(stored).filter(([path]) => Object.hasOwn(lab.starter, path))) };
}
