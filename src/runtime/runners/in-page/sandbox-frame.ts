// The sandbox: an iframe with sandbox="allow-scripts" and no allow-same-origin,
// so its origin is opaque and lab code cannot reach this site's storage,
// cookies or DOM. It starts the worker from a blob: URL as a CLASSIC worker
// (module workers from blob: fail inside sandboxed iframes in Chromium). A
// srcdoc iframe inherits the page's COEP, so it loads in an isolated page too.
//
// Its Content-Security-Policy limits where lab code may connect: only to the
// origins of the run (the chosen model provider), nowhere for the stand-in. A
// worker made from a blob: URL inherits the policy of the document that made
// it, so the policy binds the lab's fetch, XHR, WebSocket and importScripts.
//
// The handshake proves which document answers. A page that frames the book can
// navigate the sandbox frame to a document of its own, and the frame's window
// stays the same object, so `event.source` proves nothing. Each sandbox
// document therefore carries a random secret that only this page and that
// document know; the document sends it in its first message, and again as the
// first message over the control port the page gives it. Nothing (files,
// environment, key) is sent before both check out; after that, everything goes
// over that port, which no other document can hold.
//
// The document stays for the page's later runs (each run gets a fresh worker),
// so WebAssembly compiled for one run serves the next.
import { bootScript } from './boot-script.ts';
import { Heartbeat } from './heartbeat.ts';

// Only plain http(s) origins may enter the policy: nothing that could add a directive.
const isOrigin = (value: string): boolean => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i.test(value);

/** The origins a sandbox will allow, cleaned and sorted (so equal lists compare equal). */
export const connectOrigins = (origins: string[] = []): string[] => [...new Set(origins.filter(isOrigin).map((origin) => origin.toLowerCase()))].sort();

/** The sandbox document's policy: its own nonce'd script, blob: workers, eval for the lab's modules, and connections to `origins` only. */
export function sandboxPolicy(origins: string[], nonce: string): string {
  const connect = connectOrigins(origins);
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'unsafe-eval' 'wasm-unsafe-eval' blob:`,
    'worker-src blob:',
    `connect-src ${connect.length > 0 ? connect.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The sandbox's HTML: its policy, the secret and the page's origin as data, and the boot script (the same text on every sandbox). */
export function sandboxDocument(origins: string[], nonce: string, secret: string, parentOrigin: string): string {
  return [
    '<!doctype html><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attribute(sandboxPolicy(origins, nonce))}">`,
    `<meta name="sandbox-secret" content="${attribute(secret)}">`,
    `<meta name="sandbox-parent" content="${attribute(parentOrigin)}">`,
    `<script nonce="${nonce}">${bootScript}</script>`,
  ].join('');
}

export const randomToken = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

export interface Sandbox {
  /** Starts a run in a fresh worker (one the sandbox started ahead of time); returns the port to it. */
  startRun(): MessagePort;
  /**
   * Ends the run's worker, an endless loop included. Resolves once the sandbox
   * says it has; rejects if it does not answer in time (then remove it).
   */
  stopRun(): Promise<void>;
  /** Compiles WebAssembly files in the sandbox, once each, for this run and every later one. */
  compileWasm(files: Record<string, ArrayBuffer>): void;
  /** The WebAssembly files this sandbox has been given. */
  readonly wasm: ReadonlySet<string>;
  /**
   * Gives every spare worker from now on these data files as it starts (with the compiled WebAssembly),
   * so that a runtime such as Pyodide can start before the next run arrives.
   */
  preload(files: Record<string, ArrayBuffer>): void;
  /** Removing the iframe ends the sandbox and its workers at once: the hard kill. */
  remove(): void;
  /** Called when a worker fails in a way only the sandbox document can see (its script cannot load, say). */
  onWorkerError?: (message: string) => void;
  /** Called when the sandbox stops beating: its process is gone, most likely out of memory. */
  onLost?: () => void;
}

const startTimeoutMs = 10_000;
const stopTimeoutMs = 3_000;

export function createSandbox(workerSource: string, origins: string[] = []): Promise<Sandbox> {
  const allowed = connectOrigins(origins);
  const secret = randomToken();
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.title = 'Lab sandbox';
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = sandboxDocument(allowed, randomToken(), secret, location.origin);
  const control = new MessageChannel();
  let booted = false;
  return new Promise((resolve, reject) => {
    const fail = (message: string) => {
      cleanup();
      frame.remove();
      control.port1.close();
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail(`The lab sandbox did not start within ${startTimeoutMs / 1000} seconds.`), startTimeoutMs);
    const onMessage = (event: MessageEvent) => {
      if (booted || event.source !== frame.contentWindow || event.data?.type !== 'sandbox-loaded' || event.data.secret !== secret) return;
      booted = true;
      frame.contentWindow?.postMessage({ type: 'boot', source: workerSource }, '*', [control.port2]);
    };
    const onReady = (event: MessageEvent) => {
      // The first message over the port must hold the secret: a port that reached another document fails here.
      if (event.data?.type !== 'ready' || event.data.secret !== secret) return fail('The lab sandbox did not answer as expected, so nothing was sent to it. Reload the page to try again.');
      cleanup();
      frame.dataset.ready = 'true';
      resolve(connectedSandbox(frame, control.port1));
    };
    const cleanup = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      control.port1.removeEventListener('message', onReady);
    };
    window.addEventListener('message', onMessage);
    control.port1.addEventListener('message', onReady);
    control.port1.start();
    document.body.append(frame);
  });
}

/** A sandbox whose document has proved itself, driven over its control port. */
function connectedSandbox(frame: HTMLIFrameElement, control: MessagePort): Sandbox {
  const heartbeat = new Heartbeat(() => sandbox.onLost?.());
  const wasm = new Set<string>();
  const preloaded = new Set<string>();
  let stopped: (() => void) | undefined;
  const sandbox: Sandbox = {
    wasm,
    startRun() {
      const channel = new MessageChannel();
      control.postMessage({ type: 'run' }, [channel.port2]);
      return channel.port1;
    },
    stopRun: () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('The lab sandbox did not stop its worker in time.')), stopTimeoutMs);
        stopped = () => (clearTimeout(timer), resolve());
        control.postMessage({ type: 'stop' });
      }),
    compileWasm(files) {
      const fresh = Object.fromEntries(Object.entries(files).filter(([path]) => !wasm.has(path)));
      Object.keys(fresh).forEach((path) => wasm.add(path));
      if (Object.keys(fresh).length > 0) control.postMessage({ type: 'wasm', files: fresh });
    },
    preload(files) {
      const fresh = Object.fromEntries(Object.entries(files).filter(([path]) => !preloaded.has(path)));
      Object.keys(fresh).forEach((path) => preloaded.add(path));
      if (Object.keys(fresh).length > 0) control.postMessage({ type: 'preload', files: fresh });
    },
    remove() {
      heartbeat.dispose();
      control.close();
      frame.remove();
    },
  };
  control.onmessage = ({ data }: MessageEvent) => {
    if (data?.type === 'alive') heartbeat.beat();
    else if (data?.type === 'stopped') stopped?.();
    else if (data?.type === 'worker-error' && typeof data.message === 'string') sandbox.onWorkerError?.(data.message.slice(0, 500));
  };
  return sandbox;
}
