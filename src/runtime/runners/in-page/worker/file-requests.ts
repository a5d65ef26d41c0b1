// Asks the page for built files the run does not have yet (an import() the page
// did not fetch in advance), and matches the answers to the questions.
import type { PageMessage, WorkerMessage } from '../protocol.ts';

export class FileRequests {
  private next = 0;
  private readonly waiting = new Map<number, { resolve(files: Record<string, string>): void; reject(error: Error): void }>();
  private readonly post: (message: WorkerMessage) => void;

  constructor(post: (message: WorkerMessage) => void) {
    this.post = post;
  }

  fetch = (ids: string[]): Promise<Record<string, string>> =>
    new Promise((resolve, reject) => {
      const request = ++this.next;
      this.waiting.set(request, { resolve, reject });
      this.post({ type: 'load', request, ids });
    });

  /** An answer from the page. */
  answer(message: Extract<PageMessage, { type: 'files' }>): void {
    const waiting = this.waiting.get(message.request);
    if (!waiting) return;
    this.waiting.delete(message.request);
    if (message.error !== undefined) waiting.reject(new Error(message.error));
    else waiting.resolve(message.files);
  }
}
