import { EditorState, Compartment, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle, StreamLanguage } from '@codemirror/language';
// The legacy stream mode highlights TypeScript at a quarter of the size of the Lezer grammar.
import { typescript } from '@codemirror/legacy-modes/mode/javascript';
import { oneDark } from '@codemirror/theme-one-dark';

export interface FileEditorOptions {
  parent: HTMLElement;
  /** Accessible name of the editing area, e.g. "Code editor". */
  label: string;
  onChange(path: string, content: string): void;
  onRun(): void;
}

const isDark = (): boolean => document.documentElement.dataset.theme === 'dark';
const themeFor = (dark: boolean): Extension => (dark ? oneDark : syntaxHighlighting(defaultHighlightStyle, { fallback: true }));

/**
 * One CodeMirror view showing one file at a time; each file keeps its own state
 * (and undo history). Tab indents; Escape then Tab leaves the editor, so the
 * keyboard is never trapped. Follows Starlight's light/dark theme.
 */
export class FileEditor {
  private readonly view: EditorView;
  private readonly states = new Map<string, EditorState>();
  private readonly theme = new Compartment();
  private readonly options: FileEditorOptions;
  private path = '';

  constructor(options: FileEditorOptions) {
    this.options = options;
    this.view = new EditorView({ parent: options.parent });
    new MutationObserver(() => this.applyTheme()).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  get currentPath(): string {
    return this.path;
  }

  show(path: string, content: string): void {
    if (this.path) this.states.set(this.path, this.view.state);
    this.path = path;
    const state = this.states.get(path);
    this.view.setState(state && state.doc.toString() === content ? state : this.createState(path, content));
    this.applyTheme();
  }

  /** Replaces the content of files changed from outside (Solve, Reset). */
  replaceAll(files: Record<string, string>): void {
    this.states.clear();
    const path = this.path;
    this.path = '';
    this.show(path, files[path] ?? '');
  }

  focus(): void {
    this.view.focus();
  }

  private createState(path: string, content: string): EditorState {
    return EditorState.create({
      doc: content,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentOnInput(),
        bracketMatching(),
        StreamLanguage.define(typescript),
        this.theme.of(themeFor(isDark())),
        keymap.of([{ key: 'Mod-Enter', preventDefault: true, run: () => (this.options.onRun(), true) }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': `${this.options.label}: ${path}` }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) this.options.onChange(path, update.state.doc.toString());
        }),
      ],
    });
  }

  private applyTheme(): void {
    this.view.dispatch({ effects: this.theme.reconfigure(themeFor(isDark())) });
  }
}
