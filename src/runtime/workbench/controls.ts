import { h } from './dom.ts';

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

/** The workbench toolbar. Buttons carry visible text, which is also their accessible name. */
export class Controls {
  readonly element: HTMLElement;
  readonly buttons: Record<ControlName, HTMLButtonElement>;
  readonly status: HTMLElement;

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
    this.element = h(
      'div',
      { class: 'wb-toolbar', role: 'toolbar', 'aria-label': 'Lab controls' },
      h('div', { class: 'wb-group' }, b.run, b.test, b.stop),
      h('div', { class: 'wb-group' }, b.solve, b.undo, b.reset),
      h('div', { class: 'wb-group' }, b.settings),
      this.status,
    );
    this.element.addEventListener('click', (event) => {
      const name = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-control]')?.dataset.control;
      if (name) onPress(name as ControlName);
    });
  }

  setRunning(running: boolean): void {
    this.buttons.run.disabled = running;
    this.buttons.test.disabled = running;
    this.buttons.solve.disabled = running;
    this.buttons.reset.disabled = running;
    this.buttons.stop.disabled = !running;
  }

  setUndoable(undoable: boolean): void {
    this.buttons.undo.hidden = !undoable;
    this.buttons.solve.hidden = undoable;
  }

  setModel(description: string): void {
    this.buttons.settings.textContent = `Model: ${description}…`;
  }
}
