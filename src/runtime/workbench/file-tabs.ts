import { h } from './dom.ts';

/** The file tabs above the editor (WAI-ARIA tabs: arrow keys move between them). */
export class FileTabs {
  readonly element: HTMLElement;
  private readonly tabs: HTMLButtonElement[];

  constructor(paths: string[], panelId: string, onSelect: (path: string) => void) {
    this.tabs = paths.map((path) =>
      h('button', { type: 'button', role: 'tab', class: 'wb-tab', 'aria-selected': 'false', 'aria-controls': panelId, tabindex: '-1', 'data-path': path }, path),
    );
    this.element = h('div', { class: 'wb-tabs', role: 'tablist', 'aria-label': 'Lab files' }, ...this.tabs);
    this.element.addEventListener('click', (event) => {
      const tab = (event.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
      if (tab?.dataset.path) onSelect(tab.dataset.path);
    });
    this.element.addEventListener('keydown', (event) => {
      const index = this.tabs.findIndex((tab) => tab === document.activeElement);
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (index < 0 || step === undefined) return;
      event.preventDefault();
      const next = this.tabs[(index + step + this.tabs.length) % this.tabs.length];
      next?.focus();
      if (next?.dataset.path) onSelect(next.dataset.path);
    });
  }

  select(path: string): void {
    for (const tab of this.tabs) {
      const selected = tab.dataset.path === path;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  }
}
