import { EditorState, Compartment, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle, HighlightStyle, StreamLanguage, type StreamParser } from '@codemirror/language';
import { tags } from '@lezer/highlight';
// The legacy stream mode highlights TypeScript at a quarter of the size of the Lezer grammar.
import { typescript } from '@codemirror/legacy-modes/mode/javascript';
import { oneDarkTheme } from '@codemirror/theme-one-dark';

/** A place to put the cursor: line and column from 1 (clamped to the file). */
export interface EditorPosition {
  line: number;
  column?: number;
}

export interface FileEditorOptions {
  parent: HTMLElement;
  /** Accessible name of the editing area, e.g. "Code editor". */
  label: string;
  /** Id of the element that explains the editor's keys. */
  describedBy: string;
  onChange(path: string, content: string): void;
  onRun(): void;
  /** CodeMirror's Python mode, for the .py files of a Python lab (loaded only for those labs). */
  python?: StreamParser<unknown>;
}

const isDark = (): boolean => document.documentElement.dataset.theme === 'dark';
// One Dark's editor colours, with line numbers and token colours lifted to
// reach WCAG AA contrast (One Dark's comments and gutter sit near 4:1).
const readableDarkGutter = EditorView.theme({ '.cm-gutters': { color: '#a0a8b7' } }, { dark: true });
const readableDarkHighlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword], color: '#d8a0f0' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: '#a5d6a7' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: '#f0b07a' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: '#a0a8b7', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.definition(tags.variableName)], color: '#7cc4fa' },
  { tag: [tags.typeName, tags.className, tags.namespace], color: '#f5d48a' },
  { tag: [tags.operator, tags.punctuation], color: '#9fdbe6' },
  { tag: [tags.propertyName, tags.variableName, tags.name], color: '#e6e9ef' },
]);
const themeFor = (dark: boolean): Extension =>
  dark ? [readableDarkGutter, oneDarkTheme, syntaxHighlighting(readableDarkHighlight)] : syntaxHighlighting(defaultHighlightStyle, { fallback: true });

/**
 * One CodeMirror view showing one file at a time; each file keeps its own state
 * (and undo history). Tab indents; Escape then Tab leaves the editor, so the
 * keyboard is never trapped. Follows Starlight's light/dark theme.
 */
export class FileEditor {
  private readonly view: EditorView;
  private readonly states = new Map<string, EditorState>();
  private readonly theme = new Compartment();
  /** Per-file extensions added later: the language service's, once it has started. */
  private readonly fileExtensions = new Compartment();
  private extensionsFor: (path: string) => Extension = () => [];
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

  /** Shows a file; with a position, puts the cursor there, scrolls it into the middle of the view and focuses the editor. */
  show(path: string, content: string, position?: EditorPosition): void {
    if (path !== this.path || this.view.state.doc.toString() !== content) {
      if (this.path) this.states.set(this.path, this.view.state);
      this.path = path;
      const state = this.states.get(path);
      this.view.setState(state && state.doc.toString() === content ? state : this.createState(path, content));
      this.applyTheme();
      this.view.dispatch({ effects: this.fileExtensions.reconfigure(this.extensionsFor(path)) });
    }
    if (position) this.moveTo(position);
  }

  private moveTo({ line, column = 1 }: EditorPosition): void {
    const { doc } = this.view.state;
    const target = doc.line(Math.min(Math.max(Math.trunc(line), 1), doc.lines));
    const anchor = target.from + Math.min(Math.max(Math.trunc(column) - 1, 0), target.length);
    this.view.dispatch({ selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: 'center' }) });
    this.view.focus();
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

  /** Adds extensions to every file, such as the language service's; they follow the editor from file to file. */
  setFileExtensions(extensionsFor: (path: string) => Extension): void {
    this.extensionsFor = extensionsFor;
    if (this.path) this.view.dispatch({ effects: this.fileExtensions.reconfigure(extensionsFor(this.path)) });
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
        StreamLanguage.define(path.endsWith('.py') && this.options.python ? this.options.python : typescript),
        this.theme.of(themeFor(isDark())),
        this.fileExtensions.of(this.extensionsFor(path)),
        keymap.of([{ key: 'Mod-Enter', preventDefault: true, run: () => (this.options.onRun(), true) }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        // An explicit tabindex lets accessibility checkers see that the scrolling editor is reachable by keyboard.
        EditorView.contentAttributes.of({ 'aria-label': `${this.options.label}: ${path}`, 'aria-describedby': this.options.describedBy, tabindex: '0' }),
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
