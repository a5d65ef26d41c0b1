// Asks the page for what the run needs while it runs: built files (an import()
// the page did not fetch in advance) and data files (a package's WebAssembly or
// data image), and matches the answers to the questions.
import type { PageMessage, WorkerMessage } from '../protocol.ts';

type Answer = Extract<PageMessage, { type: 'files' | 'asset' }>;

export class PageRequests {
  private next = 0;
  private readonly waiting = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();
  private readonly post: (message: WorkerMessage) => void;

  constructor(post: (message: WorkerMessage) => void) {
    this.post = post;
  }

  private ask(message: (request: number) => WorkerMessage): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = ++this.next;
      this.waiting.set(request, { resolve, reject });
      this.post(message(request));
    });
  }

  files = async (ids: string[]): Promise<Record<string, string>> => {
    const answer = await this.ask((request) => ({ type: 'load', request, ids }));
    return answer.type === 'files' ? answer.files : {};
  };

  /** A data file's bytes, or undefined when the page has no such file. */
  asset = async (path: string): Promise<ArrayBuffer | undefined> => {
    const answer = await this.ask((request) => ({ type: 'load-asset', request, path }));
    return answer.type === 'asset' ? answer.bytes : undefined;
  };

  /** An answer from the page. */
  answer(message: Answer): void {
    const waiting = this.waiting.get(message.request);
    if (!waiting) return;
    this.waiting.delete(message.request);
    if (message.error !== undefined) waiting.reject(new Error(message.error));
    else waiting.resolve(message);
  }
}
