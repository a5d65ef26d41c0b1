import type { FileMap } from '../runner.ts';
import type { LabData } from './lab-data.ts';
import type { EditStore } from './edit-store.ts';

type Listener = (change: { path?: string; reason: 'edit' | 'solve' | 'undo' | 'reset' }) => void;

/**
 * The learner's working copy of one lab. Every change is saved at once, so a
 * reload, a navigation or a killed run never loses an edit.
 */
export class LabSession {
  readonly lab: LabData;
  private readonly store: EditStore;
  private current: FileMap;
  private beforeSolve: FileMap | undefined;
  private readonly listeners = new Set<Listener>();
  /** False when the browser refused to store the last change. */
  saved = true;

  constructor(lab: LabData, store: EditStore) {
    this.lab = lab;
    this.store = store;
    const restored = store.load(lab.slug)?.files ?? {};
    // Files the book added since the edits were saved come from the starter.
    this.current = { ...lab.starter, ...pick(restored, Object.keys(lab.starter)) };
  }

  get files(): FileMap {
    return { ...this.current };
  }

  read(path: string): string {
    return this.current[path] ?? '';
  }

  get isEdited(): boolean {
    return Object.keys(this.current).some((path) => this.current[path] !== this.lab.starter[path]);
  }

  get canUndoSolve(): boolean {
    return this.beforeSolve !== undefined;
  }

  update(path: string, content: string): void {
    if (this.current[path] === content) return;
    this.current[path] = content;
    this.beforeSolve = undefined;
    this.persist();
    this.emit({ path, reason: 'edit' });
  }

  /** Lays the solution over the learner's files; undoSolve() brings their files back. */
  solve(): void {
    this.beforeSolve = { ...this.current };
    this.current = { ...this.current, ...this.lab.solution };
    this.persist();
    this.emit({ reason: 'solve' });
  }

  undoSolve(): void {
    if (!this.beforeSolve) return;
    this.current = this.beforeSolve;
    this.beforeSolve = undefined;
    this.persist();
    this.emit({ reason: 'undo' });
  }

  /** Back to the starter; the saved edits are cleared. */
  reset(): void {
    this.current = { ...this.lab.starter };
    this.beforeSolve = undefined;
    this.store.clear(this.lab.slug);
    this.saved = true;
    this.emit({ reason: 'reset' });
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private persist(): void {
    const edited = Object.fromEntries(Object.entries(this.current).filter(([path, content]) => content !== this.lab.starter[path]));
    this.saved = Object.keys(edited).length === 0 ? (this.store.clear(this.lab.slug), true) : this.store.save(this.lab.slug, edited);
  }

  private emit(change: Parameters<Listener>[0]): void {
    for (const listener of this.listeners) listener(change);
  }
}

function pick(files: FileMap, paths: string[]): FileMap {
  return Object.fromEntries(Object.entries(files).filter(([path]) => paths.includes(path)));
}
