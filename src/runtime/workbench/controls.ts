import { h, uniqueId } from './dom.ts';

export type ControlName = 'run' | 'test' | 'stop' | 'solve' | 'undo' | 'reset' | 'settings';

// The symbols are decoration: hidden from assistive technology, so a button's name is its word.
const labels: Record<ControlName, { symbol?: string; text: string; title: string }> = {
  run: { symbol: '▶', text: 'Run', title: 'Run the lab (Ctrl/⌘ + Enter in the editor)' },
  test: { symbol: '✓', text: 'Test', title: 'Run the lab’s tests and show a checklist' },
  stop: { symbol: '■', text: 'Stop', title: 'Stop the running code' },
  solve: { text: 'Solve', title: 'Lay the solution over your files (you can undo)' },
  undo: { text: 'Undo solve', title: 'Bring back your files as they were before Solve' },
  reset: { text: 'Reset', title: 'Go back to the starter code (your edits are discarded)' },
  settings: { text: 'Model…', title: 'Choose the model the lab calls' },
};

/**
 * The workbench toolbar: one row at every width. Run, Test and Stop are always
 * in sight; Solve, Reset and the model are beside them where there is room, and
 * behind a "More" button where there is not. The status line is its own row
 * (see workbench.ts), so a long message never pushes the buttons around.
 */
export class Controls {
  readonly element: HTMLElement;
  readonly buttons: Record<ControlName, HTMLButtonElement>;
  readonly status: HTMLElement;
  private readonly more: HTMLElement;
  private readonly moreToggle: HTMLButtonElement;

  constructor(onPress: (name: ControlName) => void) {
    const make = (name: ControlName, primary = false) => {
      const { symbol, text, title } = labels[name];
      const mark = symbol ? h('span', { class: 'wb-symbol', 'aria-hidden': 'true' }, `${symbol} `) : undefined;
      return h('button', { type: 'button', class: `wb-button${primary ? ' wb-primary' : ''}`, title, 'data-control': name }, mark, text);
    };
    this.buttons = {
      run: make('run', true),
      test: make('test'),
      stop: make('stop'),
      solve: make('solve'),
      undo: make('undo'),
      reset: make('reset'),
      settings: make('settings'),
    };
    this.status = h('span', { class: 'wb-status', role: 'status' });
    const b = this.buttons;
    const moreId = uniqueId('wb-more');
    this.moreToggle = h('button', { type: 'button', class: 'wb-button wb-more-toggle', 'aria-expanded': 'false', 'aria-controls': moreId }, 'More');
    this.more = h('div', { class: 'wb-more', id: moreId }, h('div', { class: 'wb-group' }, b.solve, b.undo, b.reset), h('div', { class: 'wb-group' }, b.settings));
    this.element = h('div', { class: 'wb-toolbar', role: 'toolbar', 'aria-label': 'Lab controls' }, h('div', { class: 'wb-group' }, b.run, b.test, b.stop), this.moreToggle, this.more);
    this.element.addEventListener('click', (event) => {
      const name = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-control]')?.dataset.control;
      if (!name) return;
      this.closeMore(false);
      onPress(name as ControlName);
    });
    this.moreToggle.addEventListener('click', () => (this.more.classList.contains('wb-more-open') ? this.closeMore(true) : this.openMore()));
    this.more.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeMore(true);
    });
    this.more.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && !this.more.contains(next) && next !== this.moreToggle) this.closeMore(false);
    });
  }

  private openMore(): void {
    this.more.classList.add('wb-more-open');
    this.moreToggle.setAttribute('aria-expanded', 'true');
    this.more.querySelector<HTMLButtonElement>('button:not([hidden])')?.focus();
  }

  private closeMore(returnFocus: boolean): void {
    if (!this.more.classList.contains('wb-more-open')) return;
    this.more.classList.remove('wb-more-open');
    this.moreToggle.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.moreToggle.focus();
  }

  setRunning(running: boolean): void {
    this.buttons.run.disabled = running;
    this.buttons.test.disabled = running;
    this.buttons.solve.disabled = running;
    this.buttons.reset.disabled = running;
    this.buttons.stop.disabled = !running;
  }

  setUndoable(undoable: boolean): void {
    // Called on every keystroke: unchanged, nothing is written (see setText in dom.ts).
    if (this.buttons.undo.hidden === !undoable && this.buttons.solve.hidden === undoable) return;
    this.buttons.undo.hidden = !undoable;
    this.buttons.solve.hidden = undoable;
  }

  setModel(description: string): void {
    this.buttons.settings.textContent = `Model: ${description}…`;
  }
}
