// Where the code is: the file as plain text at once, then the CodeMirror editor
// as soon as its code has loaded (most of the workbench's size). Run and Test
// work from the first moment, on the files as they are.
import type { EditorPosition, FileEditor, FileEditorOptions } from './editor.ts';
import type { Extension } from '@codemirror/state';
import type { LabLanguage } from '../runner.ts';
import { h } from './dom.ts';

export class EditorSlot {
  private readonly options: FileEditorOptions;
  private readonly plain: HTMLElement;
  private editor: FileEditor | undefined;
  private path = '';
  private content = '';
  /** Resolves once the editor has replaced the plain text. */
  readonly ready: Promise<void>;

  constructor(options: FileEditorOptions & { language?: LabLanguage }, load: () => Promise<typeof import('./editor.ts')> = () => import('./editor.ts')) {
    this.options = options;
    this.plain = h('pre', { class: 'wb-plain-code', tabindex: '0', 'aria-label': `${options.label} (loading; read-only until it has)` });
    options.parent.append(this.plain);
    // The Python mode is loaded only for a Python lab.
    const python = options.language === 'python' ? import('@codemirror/legacy-modes/mode/python').then((mode) => mode.python) : Promise.resolve(undefined);
    this.ready = Promise.all([load(), python]).then(([{ FileEditor }, pythonMode]) => {
      this.plain.remove();
      this.editor = new FileEditor(pythonMode ? { ...this.options, python: pythonMode } : this.options);
      if (this.path) this.editor.show(this.path, this.content);
    });
  }

  /** The file shown. */
  get currentPath(): string {
    return this.path;
  }

  get loaded(): boolean {
    return this.editor !== undefined;
  }

  /** Shows a file; with a position, the editor opens it there (once it has loaded). */
  show(path: string, content: string, position?: EditorPosition): void {
    this.path = path;
    this.content = content;
    if (this.editor) this.editor.show(path, content, position);
    else {
      this.plain.textContent = content;
      if (position) void this.ready.then(() => this.path === path && this.editor?.show(path, this.content, position));
    }
  }

  /** Replaces the content of files changed from outside (Solve, Reset). */
  replaceAll(files: Record<string, string>): void {
    if (this.editor) return this.editor.replaceAll(files);
    this.show(this.path, files[this.path] ?? '');
  }

  focus(): void {
    (this.editor ?? this.plain).focus();
  }

  /** Adds extensions to every file once the editor has loaded (see FileEditor.setFileExtensions). */
  setFileExtensions(extensionsFor: (path: string) => Extension): void {
    void this.ready.then(() => this.editor?.setFileExtensions(extensionsFor));
  }
}
