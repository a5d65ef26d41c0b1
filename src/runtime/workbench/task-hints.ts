// The way from a failing test to its task and hints. A lab's tasks name the
// tests that check them (lab.json "tests"); under a failing test the workbench
// names its task and offers the task's hints one at a time, before Solve. What
// has been revealed is kept for the lab, so a hint stays shown on the next run.
import type { TestResult } from '../runner.ts';
import type { LabTask } from '../session/lab-data.ts';
import { DeviceStorage, readJson } from '../session/device-storage.ts';
import { h } from './dom.ts';
import { taskHeading, taskIndexOf } from './task-progress.ts';

const storeKey = (slug: string): string => `ai-roadmap:lab:${slug}:hints:v1`;

export class TaskHints {
  private readonly slug: string;
  private readonly tasks: LabTask[];
  private readonly storage: DeviceStorage;
  private readonly revealed: number[];
  /** What the lab calls a task: see taskWord. */
  private readonly word: string;
  /** Every note shown for a task, so that revealing a hint shows it under each failing test of that task. */
  private readonly notes = new Map<number, Set<HTMLElement>>();

  constructor(slug: string, tasks: LabTask[], word = 'Task', storage = new DeviceStorage()) {
    this.slug = slug;
    this.tasks = tasks;
    this.word = word;
    this.storage = storage;
    const stored = readJson(storage, storeKey(slug));
    this.revealed = tasks.map((task, index) => {
      const count = Array.isArray(stored) ? Number(stored[index]) : 0;
      return Number.isInteger(count) ? Math.min(Math.max(count, 0), task.hints.length) : 0;
    });
  }

  /** The index of the task a test checks, or undefined when no task names it. */
  taskOf(testName: string): number | undefined {
    return taskIndexOf(this.tasks, testName);
  }

  /** Under a failing test: its task, the hints revealed so far, and a button for the next one. */
  annotate = (result: TestResult): HTMLElement | undefined => {
    if (result.passed) return undefined;
    const index = this.taskOf(result.name);
    if (index === undefined) return undefined;
    const note = h('div', { class: 'wb-test-task' });
    const notes = this.notes.get(index) ?? new Set<HTMLElement>();
    this.notes.set(index, notes);
    notes.add(note);
    this.render(index, note);
    return note;
  };

  private render(index: number, note: HTMLElement): void {
    const task = this.tasks[index];
    if (!task) return;
    const shown = this.revealed[index] ?? 0;
    const hints = task.hints.slice(0, shown).map((hint, at) => h('li', {}, h('strong', {}, `Hint ${at + 1}: `), hint));
    const more = shown < task.hints.length;
    const button = more ? h('button', { type: 'button', class: 'wb-button wb-hint-button' }, `Show hint ${shown + 1} of ${task.hints.length}`) : undefined;
    button?.addEventListener('click', () => this.reveal(index));
    note.replaceChildren(h('p', {}, h('strong', {}, taskHeading(this.word, index, task.task)), task.task), hints.length > 0 ? h('ul', { class: 'wb-hints' }, ...hints) : '', button ?? '');
  }

  private reveal(index: number): void {
    this.revealed[index] = Math.min((this.revealed[index] ?? 0) + 1, this.tasks[index]?.hints.length ?? 0);
    this.storage.write(storeKey(this.slug), JSON.stringify(this.revealed));
    for (const note of this.notes.get(index) ?? []) {
      const hadFocus = note.contains(document.activeElement);
      this.render(index, note);
      // The button moves on to the next hint: keep the keyboard where it was.
      if (hadFocus) {
        const next = note.querySelector<HTMLElement>('.wb-hint-button') ?? note.querySelector<HTMLElement>('.wb-hints li:last-child');
        if (next && next.tagName === 'LI') next.tabIndex = -1;
        next?.focus();
      }
    }
  }

  /** Takes the keyboard to the note under the task's first failing test: its hint button, or the note. */
  focusTask(index: number): void {
    // Notes are made in the order the tests are listed.
    const [note] = this.notes.get(index) ?? [];
    if (!note) return;
    const target = note.querySelector<HTMLElement>('.wb-hint-button') ?? note;
    if (target === note) note.tabIndex = -1;
    target.focus();
  }

  /** Forgets the notes of the previous run (their elements are gone). */
  clearNotes(): void {
    this.notes.clear();
  }
}
