// The page's side of the editor's language service, loaded when the learner first reaches the
// editor: it starts the worker, keeps its files in step with the edits (debounced), and asks it
// for diagnostics, types and completions, which the extensions of editor-extensions.ts show.
import { transfer, wrap, type Remote } from 'comlink';
import type { Diagnostic } from '@codemirror/lint';
import type { CompletionResult } from '@codemirror/autocomplete';
import type { LanguageServiceApi, LanguageServiceStart, TypeInfo } from './protocol.ts';

/** How long typing may pause before the worker gets the new text (a question sends it at once). */
const syncDelayMs = 150;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.arrayBuffer();
}

export class LanguageServiceClient {
  private readonly worker: Worker;
  private readonly remote: Remote<LanguageServiceApi>;
  private readonly pending = new Map<string, string>();
  /** The text the worker has of each file: a file set again to the same text is not sent (setting it makes the worker check the program again). */
  private readonly known = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Rejects when the worker cannot load or fails. */
  readonly failed: Promise<never>;

  constructor(workerUrl: string) {
    this.worker = new Worker(workerUrl, { name: 'TypeScript language service' });
    this.remote = wrap<LanguageServiceApi>(this.worker);
    this.failed = new Promise((_, reject) => {
      this.worker.addEventListener('error', (event) => reject(new Error(event.message || 'the worker did not load')));
    });
    this.failed.catch(() => {});
  }

  /**
   * Builds the program over the declaration files (fetched here while the worker loads TypeScript);
   * resolves once the open file has been checked, with its diagnostics.
   */
  async start(declarationUrls: string[], start: Omit<LanguageServiceStart, 'declarations'>): Promise<{ diagnostics: Diagnostic[] }> {
    const declarations = await Promise.race([Promise.all(declarationUrls.map(fetchBytes)), this.failed]);
    for (const [path, text] of Object.entries(start.files)) this.known.set(path, text);
    return Promise.race([this.remote.start(transfer({ ...start, declarations }, declarations)), this.failed]);
  }

  /** Notes a file's new text; it reaches the worker after a pause in typing, or before the next question. */
  update(path: string, text: string): void {
    if ((this.pending.get(path) ?? this.known.get(path)) === text) return;
    this.pending.set(path, text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), syncDelayMs);
  }

  private flush(): void {
    clearTimeout(this.timer);
    for (const [path, text] of this.pending) {
      this.known.set(path, text);
      void this.remote.setFile(path, text);
    }
    this.pending.clear();
  }

  diagnostics(path: string): Promise<Diagnostic[]> {
    this.flush();
    return this.remote.diagnostics(path);
  }

  typeAt(path: string, position: number): Promise<TypeInfo | null> {
    this.flush();
    return this.remote.typeAt(path, position);
  }

  completions(path: string, position: number, explicit: boolean): Promise<CompletionResult | null> {
    this.flush();
    return this.remote.completions(path, position, explicit);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker.terminate();
  }
}
