// Type checking in the editor, started when the learner first reaches the editor (focus, or the
// pointer over it) and never before: its code, TypeScript and the declarations load only then.
// Says in the editor's foot how many type errors the open file has; Run never waits for it.
import type { Diagnostic } from '@codemirror/lint';
import type { FileMap } from '../runner.ts';
import type { LabTypes } from '../session/lab-data.ts';
import type { LabLanguageService } from '../language-service/lab-language-service.ts';
import type { EditorSlot } from './editor-slot.ts';
import { h, setText } from './dom.ts';

export interface TypeCheckingOptions {
  types: LabTypes;
  dir: string;
  files(): FileMap;
  openPath(): string;
  editor: EditorSlot;
  /** The element whose focus or hover starts the service. */
  trigger: HTMLElement;
}

const errorCount = (diagnostics: readonly Diagnostic[]): number => diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;

export function describeTypeErrors(path: string, count: number): string {
  if (count === 0) return `No type errors in ${path}.`;
  return `${count} type error${count === 1 ? '' : 's'} in ${path} (Ctrl+Shift+M lists them).`;
}

export class TypeChecking {
  readonly element = h('p', { class: 'wb-type-state', 'data-state': 'idle' });
  private service: LabLanguageService | undefined;
  private readonly options: TypeCheckingOptions;

  constructor(options: TypeCheckingOptions, load: () => Promise<typeof import('../language-service/lab-language-service.ts')> = () => import('../language-service/lab-language-service.ts')) {
    this.options = options;
    const start = (): void => void this.start(load);
    for (const event of ['focusin', 'pointerenter'] as const) options.trigger.addEventListener(event, start, { once: true, passive: true });
  }

  private async start(load: () => Promise<typeof import('../language-service/lab-language-service.ts')>): Promise<void> {
    if (this.element.dataset.state !== 'idle') return;
    this.show('loading', 'Checking types…');
    const { types, dir, files, openPath, editor } = this.options;
    try {
      const { startLanguageService } = await load();
      this.service = await startLanguageService(types, { dir, files: files(), open: openPath() }, { onDiagnostics: (path, diagnostics) => this.show('ready', describeTypeErrors(path, errorCount(diagnostics))) });
      // Edits made while it started reach it now.
      this.service.update(files());
      editor.setFileExtensions(this.service.extensionFor);
    } catch (error) {
      this.show('failed', `Type checking is off (${error instanceof Error ? error.message : String(error)}); editing and Run work as before.`);
    }
  }

  /** Files changed from outside the editor (Solve, Reset). */
  update(files: FileMap): void {
    this.service?.update(files);
  }

  /** Called after every check, as the learner types: unchanged, nothing is written (see setText in dom.ts). */
  private show(state: 'loading' | 'ready' | 'failed', text: string): void {
    if (this.element.dataset.state !== state) this.element.dataset.state = state;
    setText(this.element, text);
  }
}
