// How a worker of the in-page runner receives its run: the sandbox hands it the
// lab's port (with the WebAssembly compiled for earlier runs), the page sends
// one run message over it, and later answers the worker's requests for files.
import type { PageMessage, RunMessage, WorkerMessage } from '../protocol.ts';
import { PageRequests } from './page-requests.ts';

export type RunHandler = (message: RunMessage, post: (message: WorkerMessage) => void, requests: PageRequests, compiled: Record<string, WebAssembly.Module | Error>) => Promise<void>;

// The port's postMessage is bound here, before any lab code runs: lab code that
// wraps MessagePort.prototype.postMessage never sees this port, so it cannot
// send messages of its own to the page.
const bindPort = MessagePort.prototype.postMessage;

/** Starts `run` with the first run message that arrives over the port the sandbox hands this worker. */
export function receiveRun(scope: typeof globalThis, run: RunHandler): void {
  scope.addEventListener('message', (event: MessageEvent) => {
    if (event.data?.type !== 'port') return;
    const port = event.ports[0];
    if (!port) return;
    const send = bindPort.bind(port) as (message: WorkerMessage) => void;
    const requests = new PageRequests(send);
    const compiled = (event.data.compiled ?? {}) as Record<string, WebAssembly.Module | Error>;
    let started = false;
    port.onmessage = ({ data }: MessageEvent<PageMessage>) => {
      if (data?.type === 'files' || data?.type === 'asset') return requests.answer(data);
      if (started || data?.type !== 'run') return;
      started = true;
      void run(data, send, requests, compiled);
    };
  });
}
