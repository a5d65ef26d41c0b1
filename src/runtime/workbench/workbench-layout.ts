// Where the code and the results are. On a wide workbench they sit side by
// side, so a failure and its code are in view together; on a narrow one they
// are two views of the same place, chosen with two tabs ("Code", "Output"), and
// the workbench turns to the results when a run starts.
import { h } from './dom.ts';

export type View = 'code' | 'results';
export type Layout = 'split' | 'tabs';

/** Side by side from this width of the workbench (about 52 rem): room for 60 columns of code and the results. */
const splitFrom = 832;

export class WorkbenchLayout {
  readonly element: HTMLElement;
  private readonly root: HTMLElement;
  private readonly tabs: Record<View, HTMLButtonElement>;

  constructor(root: HTMLElement, panes: Record<View, HTMLElement>) {
    this.root = root;
    const tab = (view: View, label: string) =>
      h('button', { type: 'button', role: 'tab', class: 'wb-view-tab', id: `${panes[view].id}-tab`, 'aria-controls': panes[view].id, 'data-view': view }, label);
    this.tabs = { code: tab('code', 'Code'), results: tab('results', 'Output') };
    for (const view of ['code', 'results'] as const) panes[view].setAttribute('aria-labelledby', this.tabs[view].id);
    this.element = h('div', { class: 'wb-views', role: 'tablist', 'aria-label': 'Workbench views' }, this.tabs.code, this.tabs.results);
    this.element.addEventListener('click', (event) => {
      const view = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-view]')?.dataset.view as View | undefined;
      if (view) this.show(view);
    });
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      const next: View = this.root.dataset.view === 'code' ? 'results' : 'code';
      this.show(next);
      this.tabs[next].focus();
    });
    this.show('code');
    new ResizeObserver(([entry]) => this.fit(entry?.contentBoxSize[0]?.inlineSize ?? root.clientWidth)).observe(root);
    this.measure();
  }

  /**
   * Chooses the layout for the workbench's width now. Called again once it is in the page: the
   * observer reports only on the next frame, and until then the controls would sit in the wrong place.
   */
  measure(): void {
    this.fit(this.root.clientWidth);
  }

  private fit(width: number): void {
    this.root.dataset.layout = width >= splitFrom ? 'split' : 'tabs';
  }

  get layout(): Layout {
    return this.root.dataset.layout === 'split' ? 'split' : 'tabs';
  }

  /** Shows a view; on a wide workbench both are always in sight, and only the tabs' state changes. */
  show(view: View): void {
    this.root.dataset.view = view;
    for (const [name, tab] of Object.entries(this.tabs)) {
      const selected = name === view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  }
}
